package org.hallkiosk.device.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.pi4j.extension.Plugin;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * jsch, an abandoned SSH library that Pi4J's linuxfs plugin declares, is kept out of the kiosk (an exclusion and an
 * enforcer rule in the parent pom); the plugin still loads without it.
 */
class NoJschTest {

    @Test
    void jschIsNotOnTheClassPath() {
        assertThatThrownBy(() -> Class.forName("com.jcraft.jsch.JSch")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void theLinuxFsPluginLoadsWithoutIt() {
        assertThat(ServiceLoader.load(Plugin.class).stream().map(ServiceLoader.Provider::get).map(p -> p.getClass().getName()))
                .contains("com.pi4j.plugin.linuxfs.LinuxFsPlugin");
    }
}
