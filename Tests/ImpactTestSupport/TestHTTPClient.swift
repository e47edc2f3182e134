import Foundation

#if canImport(FoundationNetworking)
  import FoundationNetworking
#endif

/// A plain HTTP client for tests that talk to a running program (`impact serve`, a WebDriver):
/// it follows no redirect and keeps no cookie, so a test sees every answer as it came.
public final class TestHTTPClient: Sendable {
  /// One answer.
  public struct Reply: Sendable {
    /// The status code.
    public let status: Int
    /// The headers, names in lowercase.
    public let headers: [String: String]
    /// The body.
    public let body: Data

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }

    /// Each cookie the answer sets, name to value (for cookies without a comma, as the app's).
    public var cookies: [String: String] {
      var cookies: [String: String] = [:]
      for cookie in (headers["set-cookie"] ?? "").split(separator: ",") {
        let pair = cookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
        guard pair.count == 2 else { continue }
        cookies[pair[0].trimmingCharacters(in: .whitespaces)] = String(pair[1])
      }
      return cookies
    }
  }

  /// Why a request got no answer.
  public enum Failure: Error, CustomStringConvertible {
    /// The address could not be read as one.
    case badAddress(String)
    /// The connection failed or the answer was not HTTP.
    case noAnswer(String, reason: String)

    public var description: String {
      switch self {
      case .badAddress(let address): return "\(address) is not an address"
      case .noAnswer(let address, let reason): return "no answer from \(address): \(reason)"
      }
    }
  }

  private let session: URLSession

  /// A client whose requests give up after `timeout` seconds.
  public init(timeout: Double = 120) {
    let configuration = URLSessionConfiguration.ephemeral
    configuration.httpShouldSetCookies = false
    configuration.httpCookieAcceptPolicy = .never
    configuration.timeoutIntervalForRequest = timeout
    configuration.timeoutIntervalForResource = timeout
    session = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
  }

  /// Sends `method` to `address` with `headers` and `body`, and returns the answer.
  public func send(
    _ method: String, _ address: String, headers: [String: String] = [:], body: Data? = nil
  ) async throws -> Reply {
    guard let url = URL(string: address) else { throw Failure.badAddress(address) }
    var request = URLRequest(url: url)
    request.httpMethod = method
    for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
    request.httpBody = body
    let (data, response): (Data, URLResponse)
    do {
      (data, response) = try await session.data(for: request)
    } catch {
      throw Failure.noAnswer(address, reason: "\(error)")
    }
    guard let http = response as? HTTPURLResponse else {
      throw Failure.noAnswer(address, reason: "not an HTTP answer")
    }
    var fields: [String: String] = [:]
    for (name, value) in http.allHeaderFields {
      fields["\(name)".lowercased()] = "\(value)"
    }
    return Reply(status: http.statusCode, headers: fields, body: data)
  }
}

/// Refuses every redirect, so the 3xx answer itself comes back.
private final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
  func urlSession(
    _ session: URLSession, task: URLSessionTask,
    willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
    completionHandler: @escaping @Sendable (URLRequest?) -> Void
  ) {
    completionHandler(nil)
  }
}
