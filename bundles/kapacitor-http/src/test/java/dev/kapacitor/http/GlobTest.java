package dev.kapacitor.http;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class GlobTest {
    @Test
    public void starAndQuestionMark() {
        assertTrue(Glob.matches("cpu*", "cpu_alert"));
        assertTrue(Glob.matches("*", "anything.at-all"));
        assertTrue(Glob.matches("*alert", "cpu_alert"));
        assertTrue(Glob.matches("c?u", "cpu"));
        assertFalse(Glob.matches("c?u", "cpuu"));
        assertFalse(Glob.matches("mem*", "cpu_alert"));
        assertFalse(Glob.matches("a*", "a/b"));
    }

    @Test
    public void classesAndEscapes() {
        assertTrue(Glob.matches("task[0-9]", "task7"));
        assertFalse(Glob.matches("task[0-9]", "taskx"));
        assertTrue(Glob.matches("task[^0-9]", "taskx"));
        assertTrue(Glob.matches("a\\*", "a*"));
        assertFalse(Glob.matches("a\\*", "ab"));
    }

    @Test
    public void malformedPatternMatchesNothing() {
        assertFalse(Glob.matches("task[0-9", "task1"));
        assertFalse(Glob.matches("a\\", "a"));
    }
}
