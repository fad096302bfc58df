package dk.pulje.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for security tests: logs in through the real login form (with its ViewState), keeps the
 * session cookie, never follows redirects (the tests look at them), or speaks HTTP Basic to the API.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    /** PrimeFaces' CSP nonce, which its script adds to every form post; a post without it is refused. */
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private String basic;
    /** The application's address, ending with "/pulje/": the IT server's, or a separate instance's (issue 14). */
    private final String base;

    private WebClient() {
        this(Urls.base());
    }

    private WebClient(String base) {
        this.base = base;
    }

    public static WebClient anonymous() {
        return new WebClient();
    }

    /** A browser-like client logged in through the form of the Pulje at {@code base} (e.g. a PuljeInstance's url()). */
    public static WebClient loggedInAt(String base, String username, String password) {
        WebClient client = new WebClient(base);
        HttpResponse<String> response = client.login(username, password);
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            throw new IllegalStateException("Login as " + username + " at " + base + " failed: " + response.statusCode());
        }
        return client;
    }

    /** A browser-like client logged in through the form. */
    public static WebClient loggedIn(String username, String password) {
        WebClient client = new WebClient();
        HttpResponse<String> response = client.login(username, password);
        if (response.statusCode() != 302 || response.headers().firstValue("Location").orElse("").contains("login.xhtml")) {
            throw new IllegalStateException("Login as " + username + " failed: " + response.statusCode());
        }
        return client;
    }

    /** An API client that sends HTTP Basic credentials with every request and keeps no cookies. */
    public static WebClient basic(String username, String password) {
        WebClient client = new WebClient();
        client.basic = "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client;
    }

    /**
     * Posts the login form, in Danish whatever the account chose last; returns the answer to the POST (302 on success,
     * 200 with a message on failure).
     */
    public HttpResponse<String> login(String username, String password) {
        return loginFrom("login.xhtml?lang=da", username, password);
    }

    /** Posts the login form without choosing a language, so that the account's stored language applies. */
    public HttpResponse<String> loginInStoredLanguage(String username, String password) {
        return loginFrom("login.xhtml", username, password);
    }

    private HttpResponse<String> loginFrom(String loginPage, String username, String password) {
        String page = get(loginPage).body();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:next", "");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", viewState(page));
        form.put("primefaces.nonce", nonce(page));
        return post("login.xhtml", form);
    }

    /** Posts the header's logout button from the given page. */
    public HttpResponse<String> logout() {
        HttpResponse<String> page = get("account/password.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("logoutForm", "logoutForm");
        form.put("logoutForm:logout", "Log ud");
        form.put("jakarta.faces.ViewState", viewState(page.body()));
        form.put("primefaces.nonce", nonce(page.body()));
        return post("account/password.xhtml", form);
    }

    public HttpResponse<String> get(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .timeout(Duration.ofSeconds(30));
        if (basic != null) {
            request.header("Authorization", basic);
        }
        return send(request.build());
    }

    /** A GET whose body is kept as bytes (a download). */
    public HttpResponse<byte[]> getBytes(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET()
                .timeout(Duration.ofSeconds(30));
        if (basic != null) {
            request.header("Authorization", basic);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .timeout(Duration.ofSeconds(30))
                .build());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String nonceOf(String page) {
        return nonce(page);
    }

    public static String viewStateOf(String page) {
        return viewState(page);
    }

    static String nonce(String page) {
        Matcher matcher = NONCE.matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    static String viewState(String page) {
        Matcher matcher = VIEW_STATE.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("No ViewState on the page");
        }
        return matcher.group(1);
    }

    /** The id of a project the given API client can see, by its exact title; empty if it cannot see it. */
    public Optional<Long> projectId(String title) {
        String json = get("api/projects?size=500&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8)).body();
        Matcher objects = Pattern.compile("\\{[^{}]*}").matcher(json);
        while (objects.find()) {
            String object = objects.group();
            Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(object);
            if (object.contains("\"title\":\"" + title + "\"") && id.find()) {
                return Optional.of(Long.parseLong(id.group(1)));
            }
        }
        return Optional.empty();
    }
}
