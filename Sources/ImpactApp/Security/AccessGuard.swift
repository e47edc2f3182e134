import Foundation
import Hummingbird

/// The names the server answers to (`127.0.0.1:8080`, `localhost:8080`), set once the port is
/// known.
final class AllowedHosts: @unchecked Sendable {
  private let lock = NSLock()
  private var hosts: Set<String>

  init(_ hosts: Set<String>) {
    self.hosts = hosts
  }

  /// Allows the loopback names with `port`.
  func allow(port: Int) {
    lock.withLock {
      hosts.formUnion(["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)"])
    }
  }

  func contains(_ host: String) -> Bool {
    lock.withLock { hosts.contains(host.lowercased()) }
  }
}

/// Lets in only this server's own user: the `Host` must be the server's (DNS rebinding), the
/// secret token must come in the address (once) or its cookie, a form must carry its session's
/// CSRF token, and every response carries the security headers.
struct AccessGuard: RouterMiddleware {
  typealias Context = AppRequestContext

  static let tokenCookie = "impact_token"
  static let sessionCookie = "impact_session"

  let token: Secret
  let hosts: AllowedHosts
  let sessions: SessionStore
  let pages: PageRenderer
  let dataFolder: String?

  func handle(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    var response = try await check(request, context: context, next: next)
    SecurityHeaders.add(to: &response.headers)
    return response
  }

  private func check(
    _ request: Request, context: Context,
    next: (Request, Context) async throws -> Response
  ) async throws -> Response {
    let host = request.head.authority ?? ""
    guard hosts.contains(host) else {
      return refusal(.foreignHost(host), status: .misdirectedRequest)
    }
    let cookies = request.cookies
    if let offered = request.uri.queryParameters.get("token") {
      guard token.matches(offered) else { return refusal(.noToken, status: .forbidden) }
      // The token moves from the address to a cookie, and the address loses it.
      var response = Response(status: .seeOther, headers: [.location: request.uri.path])
      response.headers[values: .setCookie].append(Self.cookie(Self.tokenCookie, token.text))
      if sessions.session(cookies[Self.sessionCookie]?.value) == nil {
        let session = sessions.create(dataFolder: dataFolder)
        response.headers[values: .setCookie].append(Self.cookie(Self.sessionCookie, session.id))
      }
      return response
    }
    guard token.matches(cookies[Self.tokenCookie]?.value) else {
      return refusal(.noToken, status: .forbidden)
    }
    var context = context
    var newSession: Session?
    if let session = sessions.session(cookies[Self.sessionCookie]?.value) {
      context.sessionID = session.id
    } else {
      newSession = sessions.create(dataFolder: dataFolder)
      context.sessionID = newSession?.id
    }
    if request.method == .post {
      let session = sessions.session(context.sessionID)
      guard newSession == nil, let session,
        session.csrf.matches(request.uri.queryParameters.get("csrf").map { String($0) }),
        originIsOwn(request)
      else {
        return refusal(.badCSRF, status: .forbidden)
      }
    }
    var response = try await next(request, context)
    if let newSession {
      response.headers[values: .setCookie].append(Self.cookie(Self.sessionCookie, newSession.id))
    }
    return response
  }

  /// A form's `Origin`, when the browser sends one, must be this server.
  private func originIsOwn(_ request: Request) -> Bool {
    guard let origin = request.headers[.origin] else { return true }
    guard let url = URL(string: origin), let host = url.host else { return false }
    let withPort = url.port.map { "\(host):\($0)" } ?? host
    return hosts.contains(withPort)
  }

  private func refusal(_ error: AppError, status: HTTPResponse.Status) -> Response {
    let html = pages.render(
      "refused", ["heading": pages.labels["refused_title"], "reason": error.description],
      csrf: nil)
    return Response(
      status: status, headers: [.contentType: "text/html; charset=utf-8"],
      body: .init(byteBuffer: ByteBuffer(string: html)))
  }

  /// A cookie only this site's pages send back, never to scripts.
  static func cookie(_ name: String, _ value: String) -> String {
    "\(name)=\(value); Path=/; HttpOnly; SameSite=Strict"
  }
}

/// The headers every response carries: nothing but the app itself may be loaded, framed or
/// sent to, nothing is cached, and no other site is told the address.
enum SecurityHeaders {
  /// The app's pages: only the app itself.
  static let pagePolicy =
    "default-src 'self'; img-src 'self' data:; frame-src 'self'; frame-ancestors 'self'; "
    + "form-action 'self'; base-uri 'none'; object-src 'none'"
  /// A report document shown as it is (its styles inline, no script, nothing fetched).
  static let documentPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; "
    + "base-uri 'none'; form-action 'none'"

  static func add(to headers: inout HTTPFields) {
    if headers[.contentSecurityPolicy] == nil {
      headers[.contentSecurityPolicy] = pagePolicy
    }
    headers[.xContentTypeOptions] = "nosniff"
    headers[.cacheControl] = "no-store"
    headers[.crossOriginResourcePolicy] = "same-origin"
    // The address never goes to another site; this site's forms still carry their `Origin`
    // (under `no-referrer` a browser sends `Origin: null`, which the CSRF check refuses).
    headers[.init("Referrer-Policy")!] = "same-origin"
  }
}
