package io.sable.engine.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 on a request's {@code Authorization} header, checked as DynamoDB checks
 * it and failing with its errors: no header, or one not of SigV4, is {@code
 * MissingAuthenticationTokenException}; a header missing a part (or a request without {@code
 * X-Amz-Date} or {@code Date}) is {@code IncompleteSignatureException}; with known credentials, an
 * unknown access key id is {@code UnrecognizedClientException} and a signature that does not match
 * the request is {@code InvalidSignatureException}.
 *
 * <p>Without credentials ({@link #anyWellFormed()}) any well-formed signature is accepted, as
 * DynamoDB Local does. Time skew is not checked.
 */
public final class SigV4 {
  private static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final HexFormat HEX = HexFormat.of();

  private final Map<String, String> secrets;

  private SigV4(Map<String, String> secrets) {
    this.secrets = Map.copyOf(secrets);
  }

  /** Accepts any well-formed signature. */
  public static SigV4 anyWellFormed() {
    return new SigV4(Map.of());
  }

  /** Verifies signatures against {@code secrets} (access key id to secret access key). */
  public static SigV4 verifying(Map<String, String> secrets) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("no credentials to verify with");
    }
    return new SigV4(secrets);
  }

  /** Whether this checks signatures (true) or only their form (false). */
  public boolean verifies() {
    return !secrets.isEmpty();
  }

  /** What the check needs of a request. */
  public interface Request {
    /** The HTTP method, such as {@code POST}. */
    String method();

    /** The request target as sent: path and query, such as {@code /}. */
    String uri();

    /** Every value of a header, in order; empty if absent. Names are case-insensitive. */
    List<String> headers(String name);

    /** The body. */
    byte[] body();
  }

  /**
   * Checks {@code request}'s signature.
   *
   * @throws WireException with DynamoDB's authentication error if it fails
   */
  public void check(Request request) {
    String authorization = first(request, "authorization");
    if (authorization == null || !authorization.strip().startsWith("AWS4-")) {
      throw new WireException(WireError.missingAuthenticationToken());
    }
    authorization = authorization.strip();
    int space = authorization.indexOf(' ');
    String algorithm = space < 0 ? authorization : authorization.substring(0, space);
    Map<String, String> parameters = parameters(space < 0 ? "" : authorization.substring(space + 1));
    String date = first(request, "x-amz-date");
    if (date == null) {
      date = first(request, "date");
    }
    StringBuilder missing = new StringBuilder();
    for (String name : List.of("Credential", "Signature", "SignedHeaders")) {
      if (parameters.get(name) == null || parameters.get(name).isEmpty()) {
        missing.append("Authorization header requires '").append(name).append("' parameter. ");
      }
    }
    if (date == null) {
      missing.append("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. ");
    }
    if (missing.length() > 0) {
      throw new WireException(
          WireError.incompleteSignature(missing + "Authorization=" + authorization));
    }
    if (!algorithm.equals(ALGORITHM)) {
      throw new WireException(WireError.incompleteSignature(
          "Unsupported AWS 'algorithm': '" + algorithm + "' (only AWS4-HMAC-SHA256 for now). "));
    }
    String credential = parameters.get("Credential");
    String[] scope = credential.replaceAll("/+$", "").split("/", -1);
    if (scope.length != 5) {
      throw new WireException(WireError.incompleteSignature(
          "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '"
              + credential + "'"));
    }
    if (verifies()) {
      verify(request, scope, date, parameters);
    }
  }

  private void verify(Request request, String[] scope, String date, Map<String, String> parameters) {
    String secret = secrets.get(scope[0]);
    if (secret == null) {
      throw new WireException(WireError.unrecognizedClient());
    }
    String canonical = canonicalRequest(request, parameters.get("SignedHeaders"));
    String credentialScope = String.join("/", scope[1], scope[2], scope[3], scope[4]);
    String stringToSign =
        ALGORITHM + "\n" + date + "\n" + credentialScope + "\n" + hex(sha256(utf8(canonical)));
    byte[] key = hmac(utf8("AWS4" + secret), scope[1]);
    key = hmac(key, scope[2]);
    key = hmac(key, scope[3]);
    key = hmac(key, scope[4]);
    String expected = hex(hmac(key, stringToSign));
    if (!MessageDigest.isEqual(utf8(expected), utf8(parameters.get("Signature")))) {
      throw new WireException(WireError.invalidSignature(
          "The request signature we calculated does not match the signature you provided. Check"
              + " your AWS Secret Access Key and signing method. Consult the service documentation"
              + " for details.\n\nThe Canonical String for this request should have been\n'"
              + canonical + "'\n\nThe String-to-Sign should have been\n'" + stringToSign + "'\n"));
    }
  }

  /** SigV4's canonical request: method, path, query, signed headers, payload hash. */
  static String canonicalRequest(Request request, String signedHeaders) {
    String uri = request.uri();
    int question = uri.indexOf('?');
    String path = question < 0 ? uri : uri.substring(0, question);
    String query = question < 0 ? "" : uri.substring(question + 1);
    StringBuilder canonical = new StringBuilder();
    canonical.append(request.method()).append('\n');
    canonical.append(encode(path.isEmpty() ? "/" : path, false)).append('\n');
    canonical.append(canonicalQuery(query)).append('\n');
    for (String name : signedHeaders.split(";")) {
      List<String> values = new ArrayList<>();
      for (String value : request.headers(name)) {
        values.add(value.strip().replaceAll("\\s+", " "));
      }
      canonical.append(name.toLowerCase(Locale.ROOT)).append(':')
          .append(String.join(",", values)).append('\n');
    }
    canonical.append('\n').append(signedHeaders.toLowerCase(Locale.ROOT)).append('\n');
    canonical.append(hex(sha256(request.body())));
    return canonical.toString();
  }

  private static String canonicalQuery(String query) {
    if (query.isEmpty()) {
      return "";
    }
    List<String> pairs = new ArrayList<>();
    for (String pair : query.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      pairs.add(encode(decode(name), true) + "=" + encode(decode(value), true));
    }
    pairs.sort(null);
    return String.join("&", pairs);
  }

  /** RFC 3986 percent-encoding as SigV4 wants it; slashes kept unless {@code slash}. */
  private static String encode(String text, boolean slash) {
    StringBuilder out = new StringBuilder();
    for (byte b : utf8(text)) {
      char c = (char) (b & 0xff);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '.' || c == '~' || (c == '/' && !slash)) {
        out.append(c);
      } else {
        out.append('%').append(HEX.withUpperCase().toHexDigits(b));
      }
    }
    return out.toString();
  }

  private static String decode(String text) {
    return java.net.URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static Map<String, String> parameters(String text) {
    Map<String, String> parameters = new LinkedHashMap<>();
    for (String part : text.replace(" ", "").split(",")) {
      int equals = part.indexOf('=');
      if (equals > 0) {
        parameters.put(part.substring(0, equals), part.substring(equals + 1));
      }
    }
    return parameters;
  }

  private static String first(Request request, String name) {
    List<String> values = request.headers(name);
    return values.isEmpty() ? null : values.get(0);
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] hmac(byte[] key, String data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(utf8(data));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
