package dev.kapacitor.gotemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Test data shaped as Kapacitor 1.5's alert template data (detailsInfo and the structs it embeds). */
record AlertData(String name, String taskName, String group, Map<String, String> tags, ServerInfo serverInfo,
                 String id, Map<String, Object> fields, String level, Instant time, Duration duration,
                 String message) {

    record ServerInfo(String hostname, String clusterId, String serverId) {
    }

    static final DataType SERVER_INFO = DataType.struct("main.serverInfo", ServerInfo.class)
            .field("Hostname", DataType.STRING, ServerInfo::hostname)
            .field("ClusterID", DataType.STRING, ServerInfo::clusterId)
            .field("ServerID", DataType.STRING, ServerInfo::serverId)
            .build();

    static final DataType ID_INFO = DataType.struct("main.idInfo", AlertData.class)
            .field("Name", DataType.STRING, AlertData::name)
            .field("TaskName", DataType.STRING, AlertData::taskName)
            .field("Group", DataType.STRING, AlertData::group)
            .field("Tags", DataType.mapOf(DataType.STRING), AlertData::tags)
            .field("ServerInfo", SERVER_INFO, AlertData::serverInfo)
            .build();

    static final DataType MESSAGE_INFO = DataType.struct("main.messageInfo", AlertData.class)
            .embed(ID_INFO, d -> d)
            .field("ID", DataType.STRING, AlertData::id)
            .field("Fields", DataType.mapOf(DataType.ANY), AlertData::fields)
            .field("Level", DataType.STRING, AlertData::level)
            .field("Time", DataType.TIME, AlertData::time)
            .field("Duration", DataType.DURATION, AlertData::duration)
            .build();

    static final DataType DETAILS_INFO = DataType.struct("main.detailsInfo", AlertData.class)
            .embed(MESSAGE_INFO, d -> d)
            .field("Message", DataType.STRING, AlertData::message)
            .build();

    /** The data the golden outputs were produced from. */
    static AlertData sample() {
        Map<String, Object> fields = Map.of("usage", 71.234, "code", 200L, "ok", true, "s", "x<y>&\"'+",
                "big", 1e6, "small", 0.0001, "tiny", 0.00001, "n", -3L);
        return new AlertData("cpu", "t1", "host=a", Map.of("host", "a", "region", "us-west"),
                new ServerInfo("h1", "c1", "s1"), "cpu:host=a", fields, "WARNING",
                Instant.ofEpochSecond(1577836802L, 500_000_000L), Duration.ofSeconds(90), "m <no value> & 'q'");
    }
}
