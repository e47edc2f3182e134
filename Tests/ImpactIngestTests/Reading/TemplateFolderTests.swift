import Foundation
import ImpactModel
import Testing

@testable import ImpactIngest

/// The empty CSVs `impact init` writes are recognised as their kinds, with no rows.
@Test func templateHeadersAreRecognisedAsTheirKinds() throws {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("impact-template-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  for kind in FileKind.allCases {
    // Names that do not announce the kind, so the header alone decides.
    let header = CanonicalColumns.header(for: kind).joined(separator: ",") + "\n"
    try header.write(toFile: folder + "/t-\(kind.rawValue).csv", atomically: true, encoding: .utf8)
  }
  let dataset = try DataFolderReader(configuration: ImpactConfiguration()).read(folder: folder)
  #expect(dataset.files.map(\.kind) == [.attendance, .feedback, .funding, .participants])
  #expect(dataset.files.allSatisfy { $0.rowsRead == 0 && $0.unknownColumns.isEmpty })
}

@Test func aFolderWithoutDataFilesSaysWhatToDo() throws {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("impact-empty-\(UUID().uuidString)").path
  try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: folder) }
  #expect(throws: IngestError.noDataFiles(folder)) {
    try DataFolderReader(configuration: ImpactConfiguration()).read(folder: folder)
  }
  #expect(throws: IngestError.folderNotFound(folder + "/missing")) {
    try DataFolderReader(configuration: ImpactConfiguration()).read(folder: folder + "/missing")
  }
}
