package org.hallkiosk.content.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hallkiosk.content.ContentFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentFilesTest {

    @TempDir
    Path dir;

    @Test
    void exportWritesTheBundledSetWithItsSchemasAndLoadsToTheSameContent() throws Exception {
        List<String> written = ContentFiles.exportBundled(dir, false);
        assertThat(written).contains("hall.yaml", "lines.yaml", "schema/item.schema.json", "items/scjg-gongsi-sheli.yaml");
        assertThat(Files.readString(dir.resolve("items/scjg-gongsi-sheli.yaml")))
                .startsWith("# yaml-language-server: $schema=../schema/item.schema.json");
        assertThat(ContentFiles.readDirectory(dir).digest()).isEqualTo(ContentFiles.readBundled().digest());
        assertThat(ContentFixture.loader().load(dir).isValid()).isTrue();
    }

    @Test
    void exportRefusesToOverwriteUnlessAsked() throws Exception {
        ContentFiles.exportBundled(dir, false);
        Files.writeString(dir.resolve("hall.yaml"), "name: edited\n");
        assertThatThrownBy(() -> ContentFiles.exportBundled(dir, false)).isInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(dir.resolve("hall.yaml"))).isEqualTo("name: edited\n");
        ContentFiles.exportBundled(dir, true);
        assertThat(Files.readString(dir.resolve("hall.yaml"))).contains("示例区政务服务中心");
    }

    @Test
    void hiddenFilesAndEditorBackupsAreNotContent() {
        assertThat(ContentFiles.isContentFile("items/a.yaml")).isTrue();
        assertThat(ContentFiles.isContentFile("items/a.yml")).isTrue();
        assertThat(ContentFiles.isContentFile("schema/item.schema.json")).isTrue();
        assertThat(ContentFiles.isContentFile("items/.a.yaml.swp")).isFalse();
        assertThat(ContentFiles.isContentFile(".git/config.yaml")).isFalse();
        assertThat(ContentFiles.isContentFile("items/a.yaml~")).isFalse();
        assertThat(ContentFiles.isContentFile("README.md")).isFalse();
    }

    @Test
    void aMissingDirectoryIsAProblemNotAnException() {
        LoadResult r = ContentFixture.loader().load(dir.resolve("nope"));
        assertThat(r.isValid()).isFalse();
        assertThat(r.errors()).singleElement().satisfies(p -> assertThat(p.message()).contains("目录不存在"));
    }
}
