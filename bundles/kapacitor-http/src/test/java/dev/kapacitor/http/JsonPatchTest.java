package dev.kapacitor.http;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import dev.kapacitor.http.json.GoJson;
import org.junit.Test;

public class JsonPatchTest {
    private static String patch(String patch, String doc) throws Exception {
        return JsonPatch.apply(GoJson.read(patch.getBytes()), GoJson.read(doc.getBytes())).toString();
    }

    @Test
    public void operations() throws Exception {
        String doc = "{\"id\":\"h\",\"options\":{\"topics\":[\"a\"]},\"match\":\"\"}";
        assertEquals("{\"id\":\"h\",\"options\":{\"topics\":[\"a\",\"b\"]},\"match\":\"changed()\"}",
                patch("[{\"op\":\"add\",\"path\":\"/options/topics/-\",\"value\":\"b\"},"
                        + "{\"op\":\"replace\",\"path\":\"/match\",\"value\":\"changed()\"}]", doc));
        assertEquals("{\"id\":\"h\",\"match\":\"\",\"kind\":{\"topics\":[\"a\"]}}",
                patch("[{\"op\":\"move\",\"from\":\"/options\",\"path\":\"/kind\"}]", doc));
        assertEquals("{\"id\":\"h\",\"options\":{\"topics\":[\"h\",\"a\"]},\"match\":\"\"}",
                patch("[{\"op\":\"test\",\"path\":\"/id\",\"value\":\"h\"},"
                        + "{\"op\":\"copy\",\"from\":\"/id\",\"path\":\"/options/topics/0\"}]", doc));
        assertEquals("{\"id\":\"h\",\"match\":\"\"}", patch("[{\"op\":\"remove\",\"path\":\"/options\"}]", doc));
    }

    @Test
    public void patchesThatDoNotApplyFail() {
        String doc = "{\"id\":\"h\"}";
        assertEquals("unable to remove nonexistent key: x", assertThrows(IllegalArgumentException.class,
                () -> patch("[{\"op\":\"remove\",\"path\":\"/x\"}]", doc)).getMessage());
        assertEquals("testing value /id failed", assertThrows(IllegalArgumentException.class,
                () -> patch("[{\"op\":\"test\",\"path\":\"/id\",\"value\":\"g\"}]", doc)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> patch("[{\"op\":\"jump\",\"path\":\"/id\"}]", doc));
    }
}
