import Foundation

/// Every session of the running app, behind a lock (runs report their progress from their
/// own threads).
final class SessionStore: @unchecked Sendable {
  private let lock = NSLock()
  private var sessions: [String: Session] = [:]

  /// A new session with fresh secrets, holding `dataFolder` when one was given.
  func create(dataFolder: String?) -> Session {
    let session = Session(
      id: Secret().text, csrf: Secret(), dataFolder: dataFolder, dataName: dataFolder)
    lock.withLock { sessions[session.id] = session }
    return session
  }

  /// The session with `id`, if there is one.
  func session(_ id: String?) -> Session? {
    guard let id else { return nil }
    return lock.withLock { sessions[id] }
  }

  /// Changes the session `id` and returns it as changed.
  @discardableResult
  func update<Value>(_ id: String, _ change: (inout Session) -> Value) -> Value? {
    lock.withLock {
      guard var session = sessions[id] else { return nil }
      let value = change(&session)
      sessions[id] = session
      return value
    }
  }

  /// Records the state of a session's run.
  func record(_ state: RunRecord.State, session id: String, run: Int) {
    update(id) { $0.runs[run] = RunRecord(state: state) }
  }
}
