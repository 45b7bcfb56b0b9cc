package dev.kapacitor.itests;

import static org.ops4j.pax.exam.CoreOptions.maven;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import org.ops4j.pax.exam.Option;

/** The Pax Exam options that boot the built distribution on free ports. */
final class Distribution {
    private Distribution() {
    }

    /** @param portProperty the system property that tells the test the HTTP port */
    static Option[] karaf(String portProperty) throws IOException {
        String localRepo = System.getProperty("org.ops4j.pax.url.mvn.localRepository");
        String httpPort = freePort();
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl(maven("dev.kapacitor", "kapacitor-assembly")
                                .version(System.getProperty("kapacitor.version")).type("tar.gz"))
                        .karafVersion("4.4.10").name("Kapacitor")
                        .unpackDirectory(new File("target/exam")).useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                // free ports, so a server already running on 9092/8101 does not collide (pitfall 13)
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
                systemProperty(portProperty).value(httpPort),
                editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg",
                        "org.ops4j.pax.url.mvn.localRepository", localRepo == null ? "" : localRepo),
                // what bin/karaf adds on Java 9+ and Pax Exam does not (pitfall 5)
                vmOptions("-Xmx512m",
                        "--add-reads=java.xml=java.logging",
                        "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                        "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                        "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                        "--add-opens", "java.base/java.security=ALL-UNNAMED",
                        "--add-opens", "java.base/java.net=ALL-UNNAMED",
                        "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                        "--add-opens", "java.base/java.util=ALL-UNNAMED",
                        "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                        "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                        "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                        "--add-exports=jdk.naming.rmi/com.sun.jndi.url.rmi=ALL-UNNAMED"));
    }

    static String freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return String.valueOf(s.getLocalPort());
        }
    }
}
