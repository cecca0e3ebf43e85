package io.sable.engine.server.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * AWS Signature Version 4 on a request's {@code Authorization} header, checked as DynamoDB checks
 * it and failing with its errors, in its order (the order dynalite recorded from DynamoDB in its
 * {@code index.js}, confirmed for the time check by scylladb's {@code test/alternator/
 * test_authorization.py}, which sees "Signature expired" for a credential scope that is wrong too):
 *
 * <ol>
 *   <li>no header, or one not of SigV4: {@code MissingAuthenticationTokenException};
 *   <li>a header missing {@code Credential}, {@code Signature} or {@code SignedHeaders}, or a request
 *       with neither {@code X-Amz-Date} nor {@code Date}: {@code IncompleteSignatureException};
 *   <li>with credentials only, from here on: a date not in ISO-8601 basic format ({@code
 *       IncompleteSignatureException}); a date more than {@link #MAX_SKEW} before or after the
 *       server's clock ({@code InvalidSignatureException} "Signature expired: ..." or "Signature not
 *       yet current: ..."); {@code host} not among the signed headers ({@code
 *       InvalidSignatureException});
 *   <li>an algorithm other than {@code AWS4-HMAC-SHA256}, or a credential that is not five
 *       slash-delimited elements: {@code IncompleteSignatureException};
 *   <li>with credentials: a credential scope with an empty region, a service other than {@code
 *       dynamodb}, a terminator other than {@code aws4_request}, or a date other than the request's
 *       ({@code InvalidSignatureException}, every wrong part named in one message); an unknown access
 *       key id ({@code UnrecognizedClientException}); a signature that does not match the request
 *       ({@code InvalidSignatureException}).
 * </ol>
 *
 * <p>Without credentials ({@link #anyWellFormed()}) only the form is checked (steps 1, 2 and 4), as
 * DynamoDB Local does: any key, secret, region and time are accepted. A region is not checked
 * against the server's either way, since the server answers for whatever region a client names.
 *
 * <p>The canonical request is built here rather than by the AWS SDK's {@code AwsV4HttpSigner}: that
 * signer always adds and signs an {@code x-amz-content-sha256} header (its checksummer puts it on
 * every request, with payload signing on or off), which the AWS CLI and botocore do not send for
 * DynamoDB, so it cannot reproduce their signatures. {@code SigV4Test} holds this canonicalisation to
 * the SDK signer's on the requests the SDK signs.
 */
public final class SigV4 {
  /** The largest difference DynamoDB allows between a request's date and its own clock. */
  public static final Duration MAX_SKEW = Duration.ofMinutes(15);

  /** A run of white space, folded to one space in a canonical header value. */
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private static final String ALGORITHM = "AWS4-HMAC-SHA256";
  private static final String SERVICE = "dynamodb";
  private static final String TERMINATOR = "aws4_request";
  private static final HexFormat HEX = HexFormat.of();
  private static final DateTimeFormatter BASIC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private final Map<String, String> secrets;
  private final Clock clock;

  private SigV4(Map<String, String> secrets, Clock clock) {
    this.secrets = Map.copyOf(secrets);
    this.clock = clock;
  }

  /** Accepts any well-formed signature. */
  public static SigV4 anyWellFormed() {
    return new SigV4(Map.of(), Clock.systemUTC());
  }

  /**
   * Verifies signatures against {@code secrets} (access key id to secret access key), and request
   * dates against {@code clock}.
   */
  public static SigV4 verifying(Map<String, String> secrets, Clock clock) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("no credentials to verify with");
    }
    return new SigV4(secrets, Objects.requireNonNull(clock, "clock"));
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
    String amzDate = first(request, "x-amz-date");
    String date = amzDate != null ? amzDate : first(request, "date");
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
    Instant signed = null;
    if (verifies()) {
      signed = signingTime(date, amzDate != null);
      checkSkew(signed);
      if (!Arrays.asList(parameters.get("SignedHeaders").toLowerCase(Locale.ROOT).split(";")).contains("host")) {
        throw new WireException(WireError.invalidSignature(
            "'Host' must be a 'SignedHeader' in the AWS Authorization."));
      }
    }
    if (!algorithm.equals(ALGORITHM)) {
      throw new WireException(WireError.incompleteSignature(
          "Unsupported AWS 'algorithm': '" + algorithm + "' (only AWS4-HMAC-SHA256 for now). "));
    }
    String credential = parameters.get("Credential");
    int end = credential.length();
    while (end > 0 && credential.charAt(end - 1) == '/') {
      end--; // trailing slashes are dropped (no regular expression on every request)
    }
    String[] scope = credential.substring(0, end).split("/", -1);
    if (scope.length != 5) {
      throw new WireException(WireError.incompleteSignature(
          "Credential must have exactly 5 slash-delimited elements, e.g. keyid/date/region/service/term, got '"
              + credential + "'"));
    }
    if (verifies()) {
      checkScope(scope, BASIC.format(signed));
      verify(request, scope, BASIC.format(signed), parameters);
    }
  }

  /**
   * The time a request was signed: {@code X-Amz-Date} in ISO-8601 basic format, or the {@code Date}
   * header in RFC 1123 form. The message is DynamoDB's, recorded in dynalite's {@code index.js}.
   */
  private static Instant signingTime(String date, boolean amz) {
    try {
      return amz
          ? Instant.from(BASIC.parse(date))
          : Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(date));
    } catch (DateTimeParseException e) {
      throw new WireException(WireError.incompleteSignature(
          "Date must be in ISO-8601 'basic format'. Got '" + date + "'. See http://en.wikipedia.org/wiki/ISO_8601"));
    }
  }

  /**
   * DynamoDB's 15-minute window, with its messages: "Signature expired: 20140325T143453Z is now
   * earlier than 20140325T143751Z (20140325T145251Z - 15 min.)" (captured from DynamoDB in
   * aws/aws-sdk-js issue 254) and "Signature not yet current: 20181017T093750Z is still later than
   * 20181017T093639Z (20181017T093139Z + 5 min.)" (AWS's form, captured in s12v/awsbeats issue 48
   * from Kinesis, whose window is 5 minutes; scylladb's test_signature_too_futuristic expects
   * "Signature not yet current" from DynamoDB).
   */
  private void checkSkew(Instant signed) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    if (signed.isBefore(now.minus(MAX_SKEW))) {
      throw new WireException(WireError.invalidSignature("Signature expired: " + BASIC.format(signed)
          + " is now earlier than " + BASIC.format(now.minus(MAX_SKEW)) + " (" + BASIC.format(now)
          + " - " + MAX_SKEW.toMinutes() + " min.)"));
    }
    if (signed.isAfter(now.plus(MAX_SKEW))) {
      throw new WireException(WireError.invalidSignature("Signature not yet current: "
          + BASIC.format(signed) + " is still later than " + BASIC.format(now.plus(MAX_SKEW)) + " ("
          + BASIC.format(now) + " + " + MAX_SKEW.toMinutes() + " min.)"));
    }
  }

  /**
   * The credential scope's region, service, terminator and date, every wrong one named, each
   * sentence ending in ". ": "Credential should be scoped to a valid region. Credential should be
   * scoped to correct service: 'dynamodb'. " as measured against DynamoDB in ExtendDB/extenddb's
   * {@code tests/test_auth_error_fidelity.py}; the terminator's and the date's sentences as dynalite
   * recorded them from DynamoDB.
   */
  private static void checkScope(String[] scope, String signed) {
    StringBuilder wrong = new StringBuilder();
    if (scope[2].isEmpty()) {
      wrong.append("Credential should be scoped to a valid region. ");
    }
    if (!scope[3].equals(SERVICE)) {
      wrong.append("Credential should be scoped to correct service: '" + SERVICE + "'. ");
    }
    if (!scope[4].equals(TERMINATOR)) {
      wrong.append("Credential should be scoped with a valid terminator: '" + TERMINATOR + "', not '")
          .append(scope[4]).append("'. ");
    }
    if (!scope[1].equals(signed.substring(0, 8))) {
      wrong.append("Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '")
          .append(scope[1]).append("' != '").append(signed, 0, 8).append("', from '").append(signed)
          .append("'. ");
    }
    if (wrong.length() > 0) {
      throw new WireException(WireError.invalidSignature(wrong.toString()));
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
        values.add(WHITESPACE.matcher(value.strip()).replaceAll(" "));
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
