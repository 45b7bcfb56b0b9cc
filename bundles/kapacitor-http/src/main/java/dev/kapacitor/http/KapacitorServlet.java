package dev.kapacitor.http;

import dev.kapacitor.api.alert.ServiceTest;
import dev.kapacitor.api.alert.TopicService;
import dev.kapacitor.api.config.ConfigSection;
import dev.kapacitor.api.task.HttpOutService;
import dev.kapacitor.api.task.PointsWriter;
import dev.kapacitor.api.task.StatisticsService;
import dev.kapacitor.api.task.TaskException;
import dev.kapacitor.api.task.TaskService;
import java.io.IOException;
import java.util.NavigableMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.apache.karaf.config.core.ConfigRepository;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.service.metatype.MetaTypeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Kapacitor 1.5's HTTP API on the OSGi HTTP Whiteboard. One servlet takes every path (so unknown
 * ones get Kapacitor's JSON 404) and routes by method and path. The engine's services are
 * optional and dynamic: ping works without the engine, the other routes answer 503 until it is
 * active, and an engine restart does not re-register the servlet.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletName("kapacitor-api")
@HttpWhiteboardServletPattern({"/kapacitor/*", "/write", "/"})
public final class KapacitorServlet extends HttpServlet {
    /** The Kapacitor release whose API this is (sent as X-Kapacitor-Version). */
    public static final String VERSION = "1.5.0";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(KapacitorServlet.class);
    private static final String BASE = "/kapacitor/v1";
    private static final String PREVIEW = "/kapacitor/v1preview/";

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile TaskService taskService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile PointsWriter pointsWriter;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile HttpOutService httpOutService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile TopicService topicService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile StatisticsService statisticsService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile ConfigRepository configRepository;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    volatile MetaTypeService metatype;

    /** The config sections the installed integrations declare, by name: Kapacitor lists them sorted. */
    private final transient NavigableMap<String, DeclaredSection> configSections = new ConcurrentSkipListMap<>();

    /** The integrations' test messages by name; Kapacitor lists them sorted. */
    private final transient NavigableMap<String, ServiceTest> serviceTests = new ConcurrentSkipListMap<>();

    private final transient Router router = routes();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addServiceTest(ServiceTest t) {
        serviceTests.put(t.name(), t);
    }

    void removeServiceTest(ServiceTest t) {
        serviceTests.remove(t.name(), t);
    }

    @Reference(service = ConfigSection.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addConfigSection(ServiceReference<ConfigSection> ref) {
        DeclaredSection d = DeclaredSection.of(ref);
        configSections.put(d.name(), d);
    }

    void removeConfigSection(ServiceReference<ConfigSection> ref) {
        DeclaredSection d = DeclaredSection.of(ref);
        configSections.remove(d.name(), d);
    }

    private Router routes() {
        Supplier<TaskService> taskService = () -> ApiException.require(this.taskService, "task service");
        TasksResource tasks = new TasksResource(taskService);
        TaskResource task = new TaskResource(taskService,
                () -> ApiException.require(httpOutService, "httpOut service"));
        Handler write = new WriteResource(() -> pointsWriter);
        TopicsResource topics = new TopicsResource(() -> ApiException.require(topicService, "alert topic service"));
        ServiceTestsResource serviceTests = new ServiceTestsResource(this.serviceTests);
        ConfigResource config = new ConfigResource(configSections, () -> metatype,
                this::configElements);
        DebugVarsResource vars = new DebugVarsResource(() -> ApiException.require(statisticsService, "statistics"));
        return new Router()
                .route("GET", BASE + "/ping", PingResource::ping)
                .route("HEAD", BASE + "/ping", PingResource::ping)
                .route("POST", BASE + "/write", write)
                .route("POST", "/write", write)
                .route("GET", BASE + "/tasks", tasks::list)
                .route("POST", BASE + "/tasks", tasks::create)
                .route("GET", BASE + "/tasks/", task::get)
                .route("PATCH", BASE + "/tasks/", task::update)
                .route("DELETE", BASE + "/tasks/", task::delete)
                .route("GET", TopicJson.TOPICS, topics::list)
                .route("GET", TopicJson.TOPICS + "/", topics::get)
                .route("POST", TopicJson.TOPICS + "/", topics::post)
                .route("PUT", TopicJson.TOPICS + "/", topics::put)
                .route("PATCH", TopicJson.TOPICS + "/", topics::patch)
                .route("DELETE", TopicJson.TOPICS + "/", topics::delete)
                .route("GET", ServiceTestsResource.PATH, serviceTests::list)
                .route("GET", ServiceTestsResource.PATH + "/", serviceTests::get)
                .route("POST", ServiceTestsResource.PATH + "/", serviceTests::test)
                .route("GET", ConfigResource.PATH, config::get)
                .route("GET", ConfigResource.PATH + "/", config::get)
                .route("POST", ConfigResource.PATH + "/", config::post)
                .route("GET", DebugVarsResource.PATH, vars::get);
    }

    private ConfigElements configElements() {
        ConfigRepository repository = configRepository;
        if (repository == null) {
            throw new ApiException(503, "config service unavailable: Karaf's ConfigRepository is not active");
        }
        return new ConfigElements(repository);
    }

    @Override
    protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        resp.setHeader("Request-Id", requestId());
        cors(req, resp);
        if ("OPTIONS".equals(req.getMethod())) {
            return; // Kapacitor answers every pre-flight with an empty 200
        }
        resp.setHeader("Content-Type", "application/json; charset=utf-8");
        resp.setHeader("X-Kapacitor-Version", VERSION);
        Exchange ex = new Exchange(req, resp, path(req));
        try {
            Handler h = router.find(req.getMethod(), ex.path());
            if (h == null) {
                throw new ApiException(404, "Not Found");
            }
            h.handle(ex);
        } catch (ApiException e) {
            ex.error(e.status(), e.getMessage());
        } catch (TaskException e) {
            ex.error(e.status(), e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{} {} failed", req.getMethod(), ex.path(), e);
            ex.error(500, String.valueOf(e));
        }
    }

    /** The decoded path; every /kapacitor/v1preview/... route is the /kapacitor/v1/... one. */
    static String path(HttpServletRequest req) {
        String info = req.getPathInfo();
        String p = info == null ? req.getServletPath() : req.getServletPath() + info;
        return p.startsWith(PREVIEW) ? BASE + p.substring(PREVIEW.length() - 1) : p;
    }

    private static void cors(HttpServletRequest req, HttpServletResponse resp) {
        String origin = req.getHeader("Origin");
        if (origin != null && !origin.isEmpty()) {
            resp.setHeader("Access-Control-Allow-Origin", origin);
            resp.setHeader("Access-Control-Allow-Methods", "DELETE, GET, OPTIONS, POST, PATCH");
            resp.setHeader("Access-Control-Allow-Headers", "Accept, Accept-Encoding, Authorization, "
                    + "Content-Length, Content-Type, X-CSRF-Token, X-HTTP-Method-Override");
        }
    }

    /** A random UUID without SecureRandom's cost on every write. */
    private static String requestId() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        long hi = (r.nextLong() & ~0xF000L) | 0x4000L;
        long lo = (r.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(hi, lo).toString();
    }
}
