package io.mskconsole.sandbox;

import io.mskconsole.core.destinations.Page;
import io.mskconsole.core.errors.Failure;
import io.mskconsole.core.errors.GatewayException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;

/**
 * Pages of a listing sorted by name. A token is opaque text that names the listing it belongs to and the last name
 * given, so creating a log group between two pages never repeats or skips the items that were already there, and a
 * token from another listing (another search or region) is refused, as AWS refuses it.
 */
final class SandboxPaging {
    /** Small, so paging is seen on the sample's few destinations. */
    static final int DEFAULT_PAGE_SIZE = 5;
    /** DescribeLogGroups gives at most 50 log groups a page. */
    static final int MAX_PAGE_SIZE = 50;
    static final String INVALID_TOKEN = "The specified nextToken is invalid.";
    private static final String VERSION = "sbx1";

    private SandboxPaging() {
    }

    static int checkedPageSize(int pageSize) {
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("pageSize must be 1 to " + MAX_PAGE_SIZE + ": " + pageSize);
        }
        return pageSize;
    }

    /**
     * The page after {@code token} (the first page when it is null or empty) of items sorted by {@code name}.
     *
     * @param listing what was listed, e.g. "DescribeLogGroups us-east-1 prefix /aws"; part of every token
     */
    static <T, R> Page<R> page(List<T> sorted, Function<T, String> name, Function<T, R> view, String listing,
                               String token, int pageSize, String operation) {
        String after = token == null || token.isEmpty() ? null : lastName(token, listing, operation);
        List<T> rest = after == null ? sorted
                : sorted.stream().filter(item -> name.apply(item).compareTo(after) > 0).toList();
        List<T> items = rest.subList(0, Math.min(pageSize, rest.size()));
        String next = rest.size() > items.size() ? token(listing, name.apply(items.get(items.size() - 1))) : null;
        return new Page<>(items.stream().map(view).toList(), next);
    }

    static String token(String listing, String lastName) {
        String text = VERSION + "\n" + listing + "\n" + lastName;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static String lastName(String token, String listing, String operation) {
        String text;
        try {
            text = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(operation, "it is not a token the Sandbox gave");
        }
        String[] parts = text.split("\n", 3);
        if (parts.length != 3 || !VERSION.equals(parts[0])) {
            throw invalid(operation, "it is not a token the Sandbox gave");
        }
        if (!parts[1].equals(listing)) {
            throw invalid(operation, "it belongs to another listing (" + parts[1] + "); list again from the start");
        }
        return parts[2];
    }

    private static GatewayException invalid(String operation, String why) {
        return new GatewayException(Failure.BAD_REQUEST, operation,
                operation + " refused the page token: " + why + ". (" + INVALID_TOKEN + ")", INVALID_TOKEN, null);
    }
}
