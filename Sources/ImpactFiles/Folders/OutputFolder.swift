import Foundation

/// Marks a folder as holding `impact`'s outputs, so that later runs never read them as data.
public enum OutputFolder {
  /// The hidden marker file's name.
  public static let marker = ".impact-output"

  /// Creates the folder if needed and leaves the marker in it.
  public static func prepare(_ path: String) throws(FileWriteError) {
    try Folder.create(path)
    let marker = path.hasSuffix("/") ? path + Self.marker : path + "/" + Self.marker
    if !FileManager.default.fileExists(atPath: marker) {
      try AtomicFileWriter.write(
        "Outputs of impact; this folder is not read as data.\n", to: marker)
    }
  }
}
