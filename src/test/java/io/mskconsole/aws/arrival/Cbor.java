package io.mskconsole.aws.arrival;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Just enough CBOR (RFC 8949) to read what the SDK sends over Smithy RPC v2 CBOR and to write AWS-shaped answers,
 * independent of the SDK's own codec: maps (definite and indefinite length, keys in the order sent), arrays, text,
 * integers, doubles, booleans, null and epoch-seconds timestamps (tag 1). Read, a map is a {@link LinkedHashMap},
 * an array a {@link List}, an integer a {@link Long}, a float a {@link Double}, a tag-1 timestamp an {@link Epoch}.
 */
final class Cbor {
    private static final int BREAK = 0xff;

    /** A timestamp as sent: tag 1 around epoch seconds, a {@link Long} or a {@link Double}. */
    record Epoch(Number seconds) {
        static Epoch of(Instant instant) {
            return new Epoch(BigDecimal.valueOf(instant.getEpochSecond())
                    .add(BigDecimal.valueOf(instant.getNano(), 9)).doubleValue());
        }

        Instant instant() {
            BigDecimal exact = new BigDecimal(seconds.toString());
            return Instant.ofEpochSecond(exact.longValue(), exact.remainder(BigDecimal.ONE).movePointRight(9).longValue());
        }
    }

    private Cbor() {
    }

    // ---- reading

    static Object read(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        Object value = item(in);
        if (in.hasRemaining()) {
            throw new IllegalArgumentException(in.remaining() + " bytes after the item");
        }
        return value;
    }

    private static Object item(ByteBuffer in) {
        int initial = in.get() & 0xff;
        if (initial == BREAK) {
            throw new IllegalArgumentException("a break outside an indefinite-length item");
        }
        int major = initial >>> 5;
        int info = initial & 0x1f;
        if (major == 7) {
            return simple(in, info);
        }
        boolean indefinite = info == 31;
        long argument = indefinite ? -1 : argument(in, info);
        switch (major) {
            case 0:
                return argument;
            case 1:
                return -1 - argument;
            case 2:
                return bytes(in, argument);
            case 3:
                if (indefinite) {
                    StringBuilder text = new StringBuilder();
                    while (!atBreak(in)) {
                        text.append((String) item(in));
                    }
                    return text.toString();
                }
                return new String(bytes(in, argument), StandardCharsets.UTF_8);
            case 4:
                List<Object> items = new ArrayList<>();
                for (long i = 0; indefinite ? !atBreak(in) : i < argument; i++) {
                    items.add(item(in));
                }
                return items;
            case 5:
                Map<String, Object> map = new LinkedHashMap<>();
                for (long i = 0; indefinite ? !atBreak(in) : i < argument; i++) {
                    String key = (String) item(in);
                    if (map.put(key, item(in)) != null) {
                        throw new IllegalArgumentException("key sent twice: " + key);
                    }
                }
                return map;
            case 6:
                Object tagged = item(in);
                if (argument == 1) {
                    return new Epoch((Number) tagged);
                }
                throw new IllegalArgumentException("tag " + argument + " around " + tagged);
            default:
                throw new IllegalArgumentException("major type " + major);
        }
    }

    private static boolean atBreak(ByteBuffer in) {
        if ((in.get(in.position()) & 0xff) == BREAK) {
            in.get();
            return true;
        }
        return false;
    }

    private static long argument(ByteBuffer in, int info) {
        if (info < 24) {
            return info;
        }
        return switch (info) {
            case 24 -> in.get() & 0xffL;
            case 25 -> in.getShort() & 0xffffL;
            case 26 -> in.getInt() & 0xffffffffL;
            case 27 -> in.getLong();
            default -> throw new IllegalArgumentException("additional information " + info);
        };
    }

    private static Object simple(ByteBuffer in, int info) {
        return switch (info) {
            case 20 -> false;
            case 21 -> true;
            case 22 -> null;
            case 25 -> half(in.getShort() & 0xffff);
            case 26 -> (double) in.getFloat();
            case 27 -> in.getDouble();
            default -> throw new IllegalArgumentException("simple value " + info);
        };
    }

    /** A 16-bit float (RFC 8949, appendix D). */
    private static double half(int bits) {
        int exponent = (bits >> 10) & 0x1f;
        int mantissa = bits & 0x3ff;
        double value = exponent == 0 ? mantissa * Math.pow(2, -24)
                : exponent != 31 ? (mantissa + 1024) * Math.pow(2, exponent - 25)
                : mantissa == 0 ? Double.POSITIVE_INFINITY : Double.NaN;
        return (bits & 0x8000) != 0 ? -value : value;
    }

    private static byte[] bytes(ByteBuffer in, long length) {
        byte[] bytes = new byte[(int) length];
        in.get(bytes);
        return bytes;
    }

    // ---- writing

    /** Maps and arrays of definite length; a {@link Double} as a 64-bit float, an {@link Instant} as tag 1. */
    static byte[] write(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, value);
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, Object value) {
        if (value == null) {
            out.write(0xf6);
        } else if (value instanceof Boolean flag) {
            out.write(flag ? 0xf5 : 0xf4);
        } else if (value instanceof Integer || value instanceof Long) {
            long number = ((Number) value).longValue();
            head(out, number < 0 ? 1 : 0, number < 0 ? -1 - number : number);
        } else if (value instanceof Double number) {
            out.write(0xfb);
            out.writeBytes(ByteBuffer.allocate(8).putDouble(number).array());
        } else if (value instanceof String text) {
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            head(out, 3, utf8.length);
            out.writeBytes(utf8);
        } else if (value instanceof Instant instant) {
            head(out, 6, 1);
            write(out, Epoch.of(instant).seconds());
        } else if (value instanceof List<?> list) {
            head(out, 4, list.size());
            list.forEach(item -> write(out, item));
        } else if (value instanceof Map<?, ?> map) {
            head(out, 5, map.size());
            map.forEach((key, item) -> {
                write(out, key);
                write(out, item);
            });
        } else {
            throw new IllegalArgumentException("cannot write " + value.getClass());
        }
    }

    private static void head(ByteArrayOutputStream out, int major, long argument) {
        int type = major << 5;
        if (argument < 24) {
            out.write(type | (int) argument);
        } else if (argument < 0x100) {
            out.write(type | 24);
            out.write((int) argument);
        } else if (argument < 0x10000) {
            out.write(type | 25);
            out.writeBytes(ByteBuffer.allocate(2).putShort((short) argument).array());
        } else if (argument < 0x100000000L) {
            out.write(type | 26);
            out.writeBytes(ByteBuffer.allocate(4).putInt((int) argument).array());
        } else {
            out.write(type | 27);
            out.writeBytes(ByteBuffer.allocate(8).putLong(argument).array());
        }
    }
}
