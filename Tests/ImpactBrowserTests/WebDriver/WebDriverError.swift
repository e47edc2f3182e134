/// Why a WebDriver command failed; each says what went wrong and where to look.
enum WebDriverError: Error, CustomStringConvertible {
  /// The driver could not be reached or gave no HTTP answer.
  case unreachable(String)
  /// The driver answered with a W3C error (`no such element`, `session not created` …).
  case command(String, status: Int, error: String, message: String)
  /// The driver's answer was not the JSON the protocol describes.
  case unexpectedAnswer(String, body: String)
  /// What was waited for did not happen in time.
  case timedOut(String)

  var description: String {
    switch self {
    case .unreachable(let reason):
      return "chromedriver could not be reached: \(reason)"
    case .command(let command, let status, let error, let message):
      return "WebDriver \(command) failed (\(status) \(error)): \(message)"
    case .unexpectedAnswer(let command, let body):
      return "WebDriver \(command) answered with something unexpected: \(body.prefix(300))"
    case .timedOut(let what):
      return "Timed out waiting for \(what)"
    }
  }
}
