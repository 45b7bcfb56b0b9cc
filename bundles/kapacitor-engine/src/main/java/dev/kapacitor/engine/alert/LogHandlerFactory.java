package dev.kapacitor.engine.alert;

import dev.kapacitor.api.alert.AlertEvent;
import dev.kapacitor.api.alert.AlertHandler;
import dev.kapacitor.api.alert.AlertHandlerFactory;
import dev.kapacitor.api.alert.HandlerDescriptor;
import dev.kapacitor.api.alert.HandlerOptions;
import dev.kapacitor.api.alert.OptionType;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * {@code .log(path)}: appends each event as one JSON line to a file, opened per event so the
 * file may be rotated underneath. {@code .mode(0644)} sets the permissions of a file it creates
 * (default 0600).
 */
final class LogHandlerFactory implements AlertHandlerFactory {
    private static final long DEFAULT_MODE = 0600;
    private static final HandlerDescriptor DESCRIPTOR = HandlerDescriptor.builder()
            .args(OptionType.STRING)
            .option("mode", OptionType.INT)
            .build();

    @Override
    public HandlerDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public AlertHandler create(HandlerOptions options) {
        String path = (String) options.args().get(0);
        long mode = options.integer("mode", 0);
        if (mode == 0) {
            mode = DEFAULT_MODE;
        }
        if ((mode & 0200) == 0) {
            throw new IllegalArgumentException("failed to create log alert handler: invalid file mode "
                    + Long.toOctalString(mode) + ", must be user writable");
        }
        Path file = Path.of(path);
        if (!file.isAbsolute()) {
            throw new IllegalArgumentException("failed to create log alert handler: log path must be absolute: "
                    + path + " is not absolute");
        }
        return new LogHandler(file, permissions(mode));
    }

    private static FileAttribute<?>[] permissions(long mode) {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        Set<PosixFilePermission> perms = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values();
        for (int i = 0; i < 9; i++) {
            // PosixFilePermission lists OWNER_READ first: bit 8 of the mode
            if ((mode & (1L << (8 - i))) != 0) {
                perms.add(bits[i]);
            }
        }
        return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(perms)};
    }

    private record LogHandler(Path file, FileAttribute<?>[] attrs) implements AlertHandler {
        @Override
        public void handle(AlertEvent event) throws IOException {
            byte[] line = (event.json() + "\n").getBytes(StandardCharsets.UTF_8);
            try (FileChannel ch = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND), attrs)) {
                ByteBuffer buf = ByteBuffer.wrap(line);
                while (buf.hasRemaining()) {
                    ch.write(buf);
                }
            }
        }
    }
}
