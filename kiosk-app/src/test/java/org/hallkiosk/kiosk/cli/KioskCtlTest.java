package org.hallkiosk.kiosk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.hallkiosk.kiosk.config.ConfigLoader;
import org.hallkiosk.kiosk.config.PinHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KioskCtlTest {

    @TempDir
    Path dir;


    private CliRun run(Map<String, String> env, String... args) {
        return CliRun.run(env, args);
    }

    private Map<String, String> env() {
        return CliRun.environment(dir);
    }

    @Test
    void versionNamesTheProduct() {
        CliRun r = run(env(), "--version");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).startsWith("HallKiosk ").doesNotContain("${");
    }

    @Test
    void everyCommandHasHelp() {
        for (List<String> cmd : List.of(List.of("run"), List.of("demo"), List.of("config"), List.of("config", "show"), List.of("config", "set-pin"))) {
            List<String> args = new java.util.ArrayList<>(cmd);
            args.add("--help");
            CliRun r = run(env(), args.toArray(String[]::new));
            assertThat(r.exit()).as(cmd.toString()).isZero();
            assertThat(r.out()).as(cmd.toString()).contains("Usage: kioskctl " + String.join(" ", cmd));
        }
    }

    @Test
    void configShowMarksDefaults() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "kioskId: hall-07\n");
        CliRun r = run(env(), "config", "show", "--config", file.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("source: " + file).contains("kioskId: hall-07\n")
                .contains("idleTimeoutSeconds: 60  # default").contains("printer: sim:printer  # default")
                .contains("factory PIN 000000");
    }

    @Test
    void aBrokenConfigFailsWithKeyAndLineAndNoStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "kioskId: ok\nidleTimeoutSeconds: never\n");
        CliRun r = run(env(), "config", "show", "--config", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("line 2: key 'idleTimeoutSeconds': must be a whole number").doesNotContain("at org.");
        CliRun verbose = run(env(), "config", "show", "--config", file.toString(), "--verbose");
        assertThat(verbose.err()).contains("at org.hallkiosk");
    }

    @Test
    void setPinStoresOnlyAHashAndKeepsTheRestOfTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "# our hall\nkioskId: hall-07\n");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("864209\n".getBytes(StandardCharsets.UTF_8)));
            CliRun r = run(env(), "config", "set-pin", "--pin-stdin", "--config", file.toString());
            assertThat(r.exit()).as(r.err()).isZero();
        } finally {
            System.setIn(stdin);
        }
        String text = Files.readString(file);
        assertThat(text).startsWith("# our hall\nkioskId: hall-07\n").doesNotContain("864209");
        String hash = ConfigLoader.parse(file, text).adminPinHash();
        assertThat(PinHash.matches("864209", hash)).isTrue();
    }

    @Test
    void setPinWritesTheFileOwnerOnlyAndLiftsALockOfThePad() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "kioskId: hall-07\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Path lock = Files.createDirectories(dir.resolve("home")).resolve(org.hallkiosk.kiosk.admin.PinLockState.FILE_NAME);
        Files.writeString(lock, "failures=0\nlocks=3\nlockedUntil=99999999999999\n");
        CliRun r = setPin("864209", file);
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(lock).doesNotExist();
    }

    @Test
    void setPinRefusesTrivialPinsAndTheHallsPhoneNumber() throws Exception {
        Path content = dir.resolve("content");
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "kioskId: hall-07\n");
        for (String pin : List.of("000000", "123456", "987654", "121212", "1111111")) {
            CliRun r = setPin(pin, file);
            assertThat(r.exit()).as(pin).isEqualTo(1);
            assertThat(r.err()).as(pin).contains("PIN refused").doesNotContain(pin);
        }
        copyBundledCatalogue(content);
        Path hall = content.resolve("hall.yaml");
        Files.writeString(hall, Files.readString(hall).replace("consultation: \"12345\"", "consultation: \"0571-87654329\""));
        Files.writeString(file, "kioskId: hall-07\ncontentDir: " + content + "\n");
        CliRun phone = setPin("87654329", file);
        assertThat(phone.exit()).as(phone.out()).isEqualTo(1);
        assertThat(phone.err()).contains("phone number");
        assertThat(Files.readString(file)).doesNotContain("adminPinHash");
    }

    private CliRun setPin(String pin, Path file) {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream((pin + "\n").getBytes(StandardCharsets.UTF_8)));
            return run(env(), "config", "set-pin", "--pin-stdin", "--config", file.toString());
        } finally {
            System.setIn(stdin);
        }
    }

    private void copyBundledCatalogue(Path to) {
        CliRun exported = run(env(), "content", "export", to.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
    }

    @Test
    void configShowWarnsWhenTheFileIsReadableByOthers() throws Exception {
        Path file = Files.writeString(dir.resolve("kiosk.yaml"), "kioskId: hall-07\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        CliRun open = run(env(), "config", "show", "--config", file.toString());
        assertThat(open.exit()).isZero();
        assertThat(open.err()).contains("readable by every user").contains("chmod o-rwx " + file);
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        CliRun closed = run(env(), "config", "show", "--config", file.toString());
        assertThat(closed.err()).doesNotContain("readable by every user");
    }

    @Test
    void aDamagedIdentityKeyIsNamedAndNeverReplaced() throws Exception {
        Path key = Files.createDirectories(dir.resolve("home")).resolve(org.hallkiosk.privacy.IdentityKey.FILE_NAME);
        Files.writeString(key, "garbage\n");
        CliRun r = run(env(), "queue", "status");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains(key.toString()).contains("damaged");
        assertThat(Files.readString(key)).isEqualTo("garbage\n");
    }

    @Test
    void setPinRefusesAShortPin() throws Exception {
        Path file = dir.resolve("kiosk.yaml");
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("12\n".getBytes(StandardCharsets.UTF_8)));
            CliRun r = run(env(), "config", "set-pin", "--pin-stdin", "--config", file.toString());
            assertThat(r.exit()).isEqualTo(1);
            assertThat(r.err()).contains("6 to 12 digits");
        } finally {
            System.setIn(stdin);
        }
        assertThat(file).doesNotExist();
    }

    @Test
    void demoWritesAScreenshotPerStepWithRealPixels() throws Exception {
        Path out = dir.resolve("walk");
        CliRun r = run(env(), "demo", "--out", out.toString(), "--size", "1280x800");
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> steps = Files.readAllLines(out.resolve("steps.txt"));
        assertThat(steps).hasSizeGreaterThanOrEqualTo(10);
        assertThat(steps.get(0)).startsWith("01-attract.png");
        for (String line : steps) {
            Path png = out.resolve(line.substring(0, line.indexOf('\t')));
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(1280);
            assertThat(distinctColours(image)).as(png + " is not a blank picture").isGreaterThan(20);
        }
        assertThat(r.err()).as("the CJK font is installed where tests run").doesNotContain("Chinese will show as boxes");
    }

    @Test
    void demoRejectsANonsenseSize() {
        CliRun r = run(env(), "demo", "--out", dir.toString(), "--size", "huge");
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("--size must look like 1920x1080");
    }

    private static int distinctColours(BufferedImage image) {
        java.util.Set<Integer> colours = new java.util.HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }
}
