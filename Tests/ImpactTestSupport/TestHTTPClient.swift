import AsyncHTTPClient
import Foundation
import NIOCore

/// A plain HTTP client for tests that talk to a running program (`impact serve`, a WebDriver),
/// on AsyncHTTPClient (which reads chromedriver's `Name:value` headers, unlike URLSession on
/// Linux): it follows no redirect and keeps no cookie, so a test sees every answer as it came.
public struct TestHTTPClient: Sendable {
  /// One answer.
  public struct Reply: Sendable {
    /// The status code.
    public let status: Int
    /// The headers, names in lowercase; repeated ones joined by `,`.
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
    /// The connection failed or the answer was not HTTP.
    case noAnswer(String, reason: String)

    public var description: String {
      switch self {
      case .noAnswer(let address, let reason): return "no answer from \(address): \(reason)"
      }
    }
  }

  /// How long a request may take, in seconds.
  public let timeout: Int64

  /// A client whose requests give up after `timeout` seconds.
  public init(timeout: Int64 = 120) {
    self.timeout = timeout
  }

  /// Sends `method` to `address` with `headers` and `body`, and returns the answer.
  public func send(
    _ method: String, _ address: String, headers: [String: String] = [:], body: Data? = nil
  ) async throws -> Reply {
    var request = HTTPClientRequest(url: address)
    request.method = .init(rawValue: method)
    for (name, value) in headers { request.headers.add(name: name, value: value) }
    if let body { request.body = .bytes(ByteBuffer(bytes: body)) }
    let timeout = timeout
    do {
      return try await HTTPClient.withHTTPClient(
        configuration: .init(redirectConfiguration: .disallow)
      ) { client in
        let response = try await client.execute(request, timeout: .seconds(timeout))
        let bytes = try await response.body.collect(upTo: 1 << 28)
        var fields: [String: String] = [:]
        for (name, value) in response.headers {
          let key = name.lowercased()
          fields[key] = fields[key].map { $0 + ", " + value } ?? value
        }
        return Reply(
          status: Int(response.status.code), headers: fields,
          body: Data(bytes.readableBytesView))
      }
    } catch {
      throw Failure.noAnswer(address, reason: "\(error)")
    }
  }
}
