import Foundation
import ImpactFiles
import ImpactTestSupport
import Testing

@testable import ImpactExport

@Test(arguments: [
  XlsxOperation.createWorkbook, .addWorksheet, .addFormat, .writeText, .writeNumber, .addTable,
  .addChart, .insertChart, .conditionalFormat, .defineName, .setProperties, .pageSetup, .close,
])
func aFailingStepLeavesThePreviousWorkbookAndNoTemporaryFile(_ step: XlsxOperation) throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let path = folder.file("impact-report.xlsx")
  try Data("the previous report".utf8).write(to: URL(fileURLWithPath: path))
  let exporter = WorkbookExporter(
    context: WorkbookFixture.context(), labels: try ReportLabels.builtIn(),
    injected: { $0 == step ? .error("Memory error, failed to allocate memory.") : nil })
  #expect {
    try exporter.write(to: path)
  } throws: { error in
    guard let error = error as? WorkbookError else { return false }
    return error
      == .libraryFailed(
        path: path, step: step.rawValue, reason: "Memory error, failed to allocate memory.")
      && error.description.contains("Nothing was changed at \(path)")
  }
  #expect(try folder.text("impact-report.xlsx") == "the previous report")
  #expect(folder.entries == ["impact-report.xlsx"])
}

@Test func aMissingFolderIsReportedAsTheFileNotStarted() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let path = folder.file("missing/impact-report.xlsx")
  let error = FileWriteError.cannotCreate(
    path: path, code: ENOENT, reason: "No such file or directory")
  #expect(throws: WorkbookError.file(error)) {
    try WorkbookExporter(context: WorkbookFixture.context()).write(to: path)
  }
  #expect(folder.entries.isEmpty)
}

@Test func aFolderInTheWayIsReportedAsTheFileNotReplaced() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let path = folder.file("impact-report.xlsx")
  try FileManager.default.createDirectory(
    atPath: path + "/inside", withIntermediateDirectories: true)
  #expect {
    try WorkbookExporter(context: WorkbookFixture.context()).write(to: path)
  } throws: { error in
    if case .file(.cannotReplace(let failed, _, _))? = error as? WorkbookError {
      return failed == path
    }
    return false
  }
  #expect(folder.entries == ["impact-report.xlsx"])
}

@Test func writingTheSameReportTwiceGivesTheSameBytes() throws {
  let folder = try TemporaryFolder()
  defer { folder.remove() }
  let context = WorkbookFixture.context()
  try WorkbookExporter(context: context).write(to: folder.file("a.xlsx"))
  try WorkbookExporter(context: context).write(to: folder.file("b.xlsx"))
  #expect(try folder.bytes("a.xlsx") == folder.bytes("b.xlsx"))
}
