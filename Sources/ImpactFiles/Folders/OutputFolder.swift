import Foundation

/// A folder of `impact`'s outputs: marked, so that later runs never read them as data, and
/// holding nothing else, so that a new report may replace it whole.
public enum OutputFolder {
  /// The hidden marker file's name.
  public static let marker = ".impact-output"

  /// The kinds of file a report holds (OUTPUTS.md, "Files in the output folder").
  static let outputExtensions: Set<String> = ["xlsx", "md", "txt", "html", "csv", "json"]

  /// Creates the folder if needed and leaves the marker in it.
  public static func prepare(_ path: String) throws(FileWriteError) {
    try Folder.create(path)
    let marker = path.hasSuffix("/") ? path + Self.marker : path + "/" + Self.marker
    if !FileManager.default.fileExists(atPath: marker) {
      try AtomicFileWriter.write(
        "Outputs of impact; this folder is not read as data.\n", to: marker)
    }
  }

  /// Checks that a new report may replace the folder at `path` whole: it is not there, it is
  /// empty, or it is marked as impact's and holds only files of the kinds a report writes
  /// (and the hidden temporary files of an earlier, stopped run).
  ///
  /// Anything else (a data file, a document of the user's, a subfolder) would be lost, so it
  /// stops the run, naming the first such entry.
  public static func checkReplaceable(_ path: String) throws(FileWriteError) {
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { return }
    guard isFolder.boolValue else {
      throw .cannotCreate(path: path, code: EEXIST, reason: "a file of that name is in the way")
    }
    let entries = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
    guard !entries.isEmpty else { return }
    guard entries.contains(marker) else {
      throw .notAnOutputFolder(path: path, entry: entries[0])
    }
    for entry in entries where entry != marker {
      var isSubfolder: ObjCBool = false
      _ = FileManager.default.fileExists(
        atPath: (path as NSString).appendingPathComponent(entry), isDirectory: &isSubfolder)
      let kind = (entry as NSString).pathExtension.lowercased()
      let isLeftover = entry.hasPrefix(".") && kind == "tmp"
      if isSubfolder.boolValue || !(outputExtensions.contains(kind) || isLeftover) {
        throw .notAnOutputFolder(path: path, entry: entry)
      }
    }
  }
}
