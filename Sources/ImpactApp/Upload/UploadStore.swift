import Foundation
import ImpactFiles
import ZIPFoundation

/// Puts uploaded files into a folder of the workspace: files of the kinds the app reads,
/// ZIPs unpacked within the limits, no name leaving the folder.
struct UploadStore {
  let limits: UploadLimits

  /// The file endings kept (the exports, and a settings file).
  static let kept: Set<String> = ["csv", "tsv", "txt", "xlsx", "yml", "yaml"]

  /// Writes `files` into `folder`; returns how many were written.
  func store(_ files: [MultipartForm.File], in folder: String) throws(AppError) -> Int {
    guard files.count <= limits.files else { throw .tooManyFiles(limit: limits.files) }
    var written = 0
    var expanded = 0
    for file in files {
      let ending = (file.name as NSString).pathExtension.lowercased()
      if ending == "zip" {
        written += try unpack(Array(file.bytes), into: folder, count: written, expanded: &expanded)
      } else if Self.kept.contains(ending), !file.name.hasPrefix(".") {
        try write(Array(file.bytes), to: folder + "/" + file.name)
        written += 1
      }
    }
    guard written > 0 else { throw .emptyUpload }
    return written
  }

  /// Whether a ZIP entry's name stays inside the folder it is unpacked into.
  static func isSafe(_ name: String) -> Bool {
    guard !name.isEmpty, !name.hasPrefix("/"), !name.contains("\\"), !name.contains("\0")
    else { return false }
    return !name.split(separator: "/").contains("..")
  }

  private func unpack(
    _ bytes: [UInt8], into folder: String, count: Int, expanded: inout Int
  ) throws(AppError) -> Int {
    let archive: Archive
    do {
      archive = try Archive(data: Data(bytes), accessMode: .read)
    } catch {
      throw .unreadableUpload("the ZIP could not be opened")
    }
    let entries = Array(archive)
    guard count + entries.count <= limits.files else { throw .tooManyFiles(limit: limits.files) }
    // Every entry is checked before anything is written.
    for entry in entries {
      guard Self.isSafe(entry.path), entry.type != .symlink else {
        throw .unsafeEntry(entry.path)
      }
      let size = Int(clamping: entry.uncompressedSize)
      let packed = max(Int(clamping: entry.compressedSize), 1)
      expanded += size
      guard expanded <= limits.expandedBytes, size / packed <= limits.expansionRatio else {
        throw .zipTooLarge
      }
    }
    var written = 0
    for entry in entries where entry.type == .file {
      let name = entry.path.split(separator: "/").last.map(String.init) ?? ""
      let ending = (name as NSString).pathExtension.lowercased()
      guard Self.kept.contains(ending), !name.hasPrefix("."), !entry.path.hasPrefix("__MACOSX")
      else { continue }
      var data = [UInt8]()
      let limit = Int(clamping: entry.uncompressedSize)
      do {
        _ = try archive.extract(entry, skipCRC32: false) { chunk in
          // The sizes the entry claims are not trusted: stop at the size checked.
          guard data.count + chunk.count <= limit else { throw AppError.zipTooLarge }
          data.append(contentsOf: chunk)
        }
      } catch let error as AppError {
        throw error
      } catch {
        throw .unreadableUpload("the ZIP entry \(entry.path) could not be unpacked")
      }
      let path = folder + "/" + entry.path
      do {
        try Folder.create((path as NSString).deletingLastPathComponent)
      } catch {
        throw .server("could not create a folder for \(entry.path): \(error)")
      }
      try write(data, to: path)
      written += 1
    }
    return written
  }

  private func write(_ bytes: [UInt8], to path: String) throws(AppError) {
    do {
      try AtomicFileWriter.write(bytes, to: path)
    } catch {
      throw .server("could not save \(path): \(error)")
    }
  }
}
