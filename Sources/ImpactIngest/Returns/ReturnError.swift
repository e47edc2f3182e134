/// A problem with the returns folder or one of its return files. Each description names the
/// file, the line, the question (its number and words) and what is accepted there.
public enum ReturnError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The folder `returns:` names in the configuration does not exist.
  case folderNotFound(path: String)
  /// A return file could not be read as text.
  case unreadableFile(path: String, reason: String)
  /// A problem outside any question (YAML syntax, `title`, an unknown top-level key …).
  case file(ConfigError)
  /// A problem inside a question: its number (from 1), its words when given, and the problem
  /// with its line and key.
  case question(number: Int, ask: String?, ConfigError)
  /// Two return files would write outputs of the same name.
  case duplicateName(name: String, files: [String])

  /// The configuration-style error inside, if any.
  public var configError: ConfigError? {
    switch self {
    case .file(let error), .question(_, _, let error): return error
    case .folderNotFound, .unreadableFile, .duplicateName: return nil
    }
  }

  /// The message shown to the user.
  public var description: String {
    switch self {
    case .folderNotFound(let path):
      return "The returns folder \(path) (the `returns` setting of impact.yml) does not exist; "
        + "create it and put one return file (.yml) per funder form in it, or remove `returns`."
    case .unreadableFile(let path, let reason):
      return "The return file \(path) cannot be read: \(reason)."
    case .file(let error):
      return "Funder return: " + error.description
    case .question(let number, let ask, let error):
      let words = ask.map { " (\"\($0)\")" } ?? ""
      return "Funder return, question \(number)\(words): " + error.description
    case .duplicateName(let name, let files):
      return "The return files \(files.joined(separator: " and ")) would both be written as "
        + "return-\(name); rename one of them."
    }
  }
}
