import Hummingbird

/// What a request carries through the app: the core context and, once the guard has let it
/// in, its session's id.
public struct AppRequestContext: RequestContext {
  public var coreContext: CoreRequestContextStorage
  /// The session the request belongs to (set by ``AccessGuard``).
  var sessionID: String?

  public init(source: Source) {
    coreContext = .init(source: source)
  }
}
