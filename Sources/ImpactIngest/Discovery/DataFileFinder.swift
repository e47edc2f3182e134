import Foundation
import ImpactFiles
import ImpactModel

/// Finds the data files of a folder: every `*.csv`, `*.tsv`, `*.txt`, `*.xlsx` and `*.xlsm`
/// below it, and the `*.xls` and `*.ods` files that are listed as not read; hidden files and
/// folders, Excel's `~$…` lock files and excluded paths (the output folder, the IMD lookup)
/// left out, in path order.
struct DataFileFinder {
  /// The hidden file `impact` leaves in every folder it writes outputs to; a folder holding
  /// it is never read as data, wherever it is and whatever `--out` named it.
  static let outputMarker = OutputFolder.marker

  /// The extensions of files that are read, and of spreadsheets that are only listed.
  static let extensions: Set<String> = ["csv", "tsv", "txt", "xlsx", "xlsm", "xls", "ods"]

  /// Absolute or folder-relative paths to leave out (files, or folders and all below them).
  var excluded: [String] = []
  /// The most files found, and how deep below the folder they may lie.
  var limits = InputLimits.standard

  /// The data files' paths relative to `folder`, ordered by Unicode code point.
  func files(in folder: String) throws(IngestError) -> [String] {
    let root = URL(fileURLWithPath: folder).standardizedFileURL
    var isFolder: ObjCBool = false
    guard FileManager.default.fileExists(atPath: root.path, isDirectory: &isFolder),
      isFolder.boolValue
    else { throw .folderNotFound(folder) }
    let excludedPaths = excluded.map {
      URL(fileURLWithPath: $0, relativeTo: root).standardizedFileURL.path
    }
    guard
      let walker = FileManager.default.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey],
        options: [.skipsHiddenFiles])
    else { throw .folderNotFound(folder) }
    var found: [String] = []
    for case let url as URL in walker {
      let path = url.standardizedFileURL.path
      if walker.level > limits.folderDepth {
        throw .beyondLimit(
          path: String(path.dropFirst(root.path.count + 1)), line: nil,
          problem: "it lies more than \(limits.folderDepth) folders deep below \(folder)",
          advice: "Move the files nearer the top of the data folder")
      }
      if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true,
        FileManager.default.fileExists(atPath: path + "/" + Self.outputMarker)
      {
        walker.skipDescendants()
        continue
      }
      if excludedPaths.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) {
        if (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
          walker.skipDescendants()
        }
        continue
      }
      // Anything that is not a folder counts, so that a broken link is reported, not passed over.
      guard (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) != true,
        Self.extensions.contains(url.pathExtension.lowercased()),
        !url.lastPathComponent.hasPrefix("~$")
      else { continue }
      found.append(String(path.dropFirst(root.path.count + 1)))
      if found.count > limits.filesPerFolder {
        throw .beyondLimit(
          path: folder, line: nil,
          problem: "it holds more than \(limits.filesPerFolder) data files",
          advice: "Combine the exports into fewer files, or report on part of the folder")
      }
    }
    return found.sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
  }
}
