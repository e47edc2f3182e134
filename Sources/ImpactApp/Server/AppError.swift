/// Why the app refused a request or could not do what was asked; each `description` says
/// what to do.
public enum AppError: Error, CustomStringConvertible, Equatable {
  /// The request did not carry the secret token (or carried another).
  case noToken
  /// The request's `Host` is not this server's own address.
  case foreignHost(String)
  /// A form was sent without this session's CSRF token.
  case badCSRF
  /// The upload is larger than allowed.
  case uploadTooLarge(limit: Int)
  /// The upload holds more files than allowed.
  case tooManyFiles(limit: Int)
  /// A ZIP expands more than allowed (a ZIP bomb, or simply too much data).
  case zipTooLarge
  /// A ZIP entry's name would leave the workspace (`../`, an absolute path, a link).
  case unsafeEntry(String)
  /// The upload is not a form of files, or a ZIP could not be read.
  case unreadableUpload(String)
  /// The upload held no file the app reads.
  case emptyUpload
  /// The folder chosen is not there.
  case folderNotFound(String)
  /// The page asked for is not there.
  case notFound
  /// `--host` is not loopback and `--allow-remote` was not given.
  case remoteRefused(String)
  /// The server could not be started or run.
  case server(String)

  public var description: String {
    switch self {
    case .noToken:
      return "This page needs the secret address impact serve printed when it started. "
        + "Open that address (it ends in ?token=…), or start impact serve again."
    case .foreignHost(let host):
      return "The address \(host) is not this server's. Open the address impact serve printed."
    case .badCSRF:
      return "The form was out of date or did not come from this app. Go back, reload the page "
        + "and send it again."
    case .uploadTooLarge(let limit):
      return "The upload is larger than \(limit >> 20) MB. Upload fewer files at once, or "
        + "choose the folder on this computer instead."
    case .tooManyFiles(let limit):
      return "The upload holds more than \(limit) files. Upload fewer, or choose the folder."
    case .zipTooLarge:
      return "The ZIP expands to far more than it holds (or more than the app accepts). "
        + "Unpack it yourself and choose the folder, or upload the files."
    case .unsafeEntry(let name):
      return "The ZIP entry \(name) would be written outside the upload folder, so the ZIP was "
        + "refused. Make the ZIP again from the folder of exports."
    case .unreadableUpload(let reason):
      return "The upload could not be read: \(reason). Upload the CSV, TSV or XLSX files, or "
        + "one ZIP of them."
    case .emptyUpload:
      return "The upload held no CSV, TSV or XLSX file. Choose the export files, or a ZIP of "
        + "them."
    case .folderNotFound(let path):
      return "There is no folder \(path) on this computer. Check the path (the full path, "
        + "such as /home/you/exports) and try again."
    case .notFound:
      return "There is no such page. Start again from the first page."
    case .remoteRefused(let host):
      return "--host \(host) would let other computers reach the app. Use 127.0.0.1, or add "
        + "--allow-remote if you are sure."
    case .server(let reason):
      return "The app could not run: \(reason)"
    }
  }
}
