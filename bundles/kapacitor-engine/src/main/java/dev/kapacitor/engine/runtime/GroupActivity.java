package dev.kapacitor.engine.runtime;

/**
 * When a group was last seen with data anywhere in its task, in the task's data time. One
 * object per group and task, shared by every node's state for that group, so a group stays
 * alive while any node still gets data for it (a window's children see it only once a period).
 * Task thread only.
 */
public final class GroupActivity {
    long lastSeen;

    GroupActivity(long lastSeen) {
        this.lastSeen = lastSeen;
    }
}
