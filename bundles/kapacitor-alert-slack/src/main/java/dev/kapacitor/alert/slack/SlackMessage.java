package dev.kapacitor.alert.slack;

import dev.kapacitor.api.alert.AlertLevel;
import dev.kapacitor.api.gofmt.GoJson;

/** The body Kapacitor 1.5 posts to a Slack webhook: Go's encoding of a map, so keys sorted, newline ended. */
final class SlackMessage {
    private SlackMessage() {
    }

    static String color(AlertLevel level) {
        return switch (level) {
            case WARNING -> "warning";
            case CRITICAL -> "danger";
            default -> "good";
        };
    }

    static String body(String channel, String message, String username, String iconEmoji, AlertLevel level) {
        StringBuilder b = new StringBuilder(160 + 2 * message.length());
        b.append("{\"as_user\":false,\"attachments\":[{\"fallback\":");
        GoJson.string(b, message).append(",\"color\":\"").append(color(level)).append("\",\"text\":");
        GoJson.string(b, message).append(",\"mrkdwn_in\":[\"text\"]}],\"channel\":");
        GoJson.string(b, channel).append(",\"icon_emoji\":");
        GoJson.string(b, iconEmoji).append(",\"text\":\"\",\"username\":");
        return GoJson.string(b, username).append("}\n").toString();
    }
}
