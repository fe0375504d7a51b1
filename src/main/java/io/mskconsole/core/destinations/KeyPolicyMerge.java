package io.mskconsole.core.destinations;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mskconsole.core.delivery.JsonText;
import java.util.Iterator;
import java.util.Set;

/**
 * The KMS key policy statement that lets log delivery ({@code delivery.logs.amazonaws.com}) write broker logs to an
 * SSE-KMS bucket, exactly as the Amazon MSK developer guide gives it, and the merge that adds it to a key policy
 * once, leaving everything else in the policy as it was.
 */
public final class KeyPolicyMerge {
    public static final String SID = "Allow Amazon MSK to use the key.";
    public static final String SERVICE = "delivery.logs.amazonaws.com";
    static final Set<String> ACTIONS =
            Set.of("kms:Encrypt", "kms:Decrypt", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:DescribeKey");
    private static final ObjectMapper JSON = new ObjectMapper();

    private KeyPolicyMerge() {
    }

    /** The statement from the developer guide, pretty-printed, for the copy button. */
    public static String statementText() {
        return JsonText.pretty(statement());
    }

    static ObjectNode statement() {
        ObjectNode statement = JSON.createObjectNode();
        statement.put("Sid", SID);
        statement.put("Effect", "Allow");
        statement.putObject("Principal").putArray("Service").add(SERVICE);
        statement.putArray("Action").add("kms:Encrypt").add("kms:Decrypt").add("kms:ReEncrypt*")
                .add("kms:GenerateDataKey*").add("kms:DescribeKey");
        statement.put("Resource", "*");
        return statement;
    }

    /**
     * Whether the policy already allows log delivery every action the statement grants: by Allow statements naming
     * the service (or any principal, "*", without conditions), with the actions by name, "kms:*" or "*"; and no Deny
     * statement for the service takes one of them away. Other conditions are not evaluated: this is advice, not a
     * policy simulator.
     */
    public static boolean allowsLogDelivery(String policyJson) {
        JsonNode statements = read(policyJson).path("Statement");
        Set<String> granted = new java.util.HashSet<>();
        Set<String> denied = new java.util.HashSet<>();
        for (JsonNode statement : statements.isArray() ? statements : JSON.createArrayNode().add(statements)) {
            if (!namesService(statement.path("Principal"))) {
                continue;
            }
            if (anyPrincipal(statement.path("Principal")) && statement.has("Condition")) {
                continue; // e.g. the AWS managed keys' "*" limited by kms:CallerAccount: not the service
            }
            String effect = statement.path("Effect").asText();
            Set<String> target = "Allow".equals(effect) ? granted : "Deny".equals(effect) ? denied : null;
            if (target != null) {
                values(statement.path("Action")).forEachRemaining(action -> target.addAll(covered(action)));
            }
        }
        return granted.containsAll(ACTIONS) && java.util.Collections.disjoint(denied, ACTIONS);
    }

    /** The statement's actions an action pattern covers: "*" and "kms:*" cover them all. */
    private static Set<String> covered(String action) {
        if ("*".equals(action) || "kms:*".equalsIgnoreCase(action)) {
            return ACTIONS;
        }
        return ACTIONS.stream().filter(a -> a.equalsIgnoreCase(action)).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The policy with the statement added at the end of {@code Statement}, or the policy unchanged (same text) when it
     * already allows log delivery. A policy whose {@code Statement} is a single object becomes an array of two.
     *
     * @throws IllegalArgumentException if the text is not a JSON object policy
     */
    public static String merge(String policyJson) {
        if (allowsLogDelivery(policyJson)) {
            return policyJson;
        }
        ObjectNode policy = read(policyJson);
        JsonNode existing = policy.get("Statement");
        ArrayNode statements;
        if (existing == null || existing.isNull()) {
            statements = policy.putArray("Statement");
        } else if (existing.isArray()) {
            statements = (ArrayNode) existing;
        } else {
            statements = JSON.createArrayNode().add(existing);
            policy.set("Statement", statements);
        }
        statements.add(statement());
        return JsonText.pretty(policy);
    }

    private static boolean anyPrincipal(JsonNode principal) {
        return "*".equals(principal.asText(null)) || "*".equals(principal.path("AWS").asText(null));
    }

    private static boolean namesService(JsonNode principal) {
        if (anyPrincipal(principal)) {
            return true;
        }
        Iterator<String> services = values(principal.path("Service"));
        while (services.hasNext()) {
            if (SERVICE.equals(services.next())) {
                return true;
            }
        }
        return false;
    }

    private static Iterator<String> values(JsonNode node) {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (node.isTextual()) {
            out.add(node.asText());
        } else if (node.isArray()) {
            node.forEach(value -> out.add(value.asText()));
        }
        return out.iterator();
    }

    private static ObjectNode read(String policyJson) {
        try {
            JsonNode node = JSON.readTree(policyJson);
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("A key policy is a JSON object with a Statement list.");
            }
            return (ObjectNode) node;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The key policy is not valid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
