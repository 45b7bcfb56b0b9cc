package dev.kapacitor.api.model;

/**
 * One point as written: measurement, tags, fields and a timestamp in nanoseconds since the
 * epoch, plus the database and retention policy it was written to.
 */
public final class Point {
    private final String database;
    private final String retentionPolicy;
    private final String name;
    private final Tags tags;
    private final Fields fields;
    private final long time;

    public Point(String database, String retentionPolicy, String name, Tags tags, Fields fields, long time) {
        this.database = database;
        this.retentionPolicy = retentionPolicy;
        this.name = name;
        this.tags = tags;
        this.fields = fields;
        this.time = time;
    }

    public String database() {
        return database;
    }

    public String retentionPolicy() {
        return retentionPolicy;
    }

    public String name() {
        return name;
    }

    public Tags tags() {
        return tags;
    }

    public Fields fields() {
        return fields;
    }

    /** Nanoseconds since the Unix epoch. */
    public long time() {
        return time;
    }

    public Point withFields(Fields f) {
        return new Point(database, retentionPolicy, name, tags, f, time);
    }

    public Point withTags(Tags t) {
        return new Point(database, retentionPolicy, name, t, fields, time);
    }

    public Point withName(String n) {
        return new Point(database, retentionPolicy, n, tags, fields, time);
    }

    public Point withTime(long t) {
        return new Point(database, retentionPolicy, name, tags, fields, t);
    }

    public Point withDbrp(String db, String rp) {
        return new Point(db, rp, name, tags, fields, time);
    }

    @Override
    public String toString() {
        return database + "." + retentionPolicy + " " + name + tags + " " + fields + " " + time;
    }
}
