import Foundation
import ImpactTestSupport
import Testing
import ZIPFoundation

/// No report a board or funder sees may print a participant id or a comment given without
/// consent; only data-quality.csv, which is for the data's owner, quotes rows.
@Test func reportsNeverPrintIdsOrUnconsentedComments() throws {
  var attendance = "date,programme,participant_id\n"
  for person in 1...6 { attendance += "2025-07-01,Choir,PID-SECRET-\(person)\n" }
  let feedback = """
    date,participant_id,programme,stage,satisfaction,comment,consent_to_quote
    2025-07-02,PID-SECRET-1,Choir,single,5,UNCONSENTED-NO,no
    2025-07-02,PID-SECRET-2,Choir,single,4,UNCONSENTED-BLANK,
    2025-07-02,PID-SECRET-3,Choir,single,5,UNCONSENTED-MAYBE,maybe
    2025-07-02,PID-SECRET-4,Choir,single,5,Consented and printable,yes

    """
  let data = try TemporaryFolder(["attendance.csv": attendance, "feedback.csv": feedback])
  defer { data.remove() }
  let out = data.path + "/out"
  let result = try CommandRunner.run(["report", data.path, "--out", out, "--quiet"])
  #expect(result.status == 0)
  var sawQuote = false
  for name in try FileManager.default.contentsOfDirectory(atPath: out)
  where name != "data-quality.csv" {
    let text = try readable(out + "/" + name)
    #expect(!text.contains("PID-SECRET"), "\(name) prints a participant id")
    #expect(!text.contains("UNCONSENTED"), "\(name) prints a comment given without consent")
    if text.contains("Consented and printable") { sawQuote = true }
  }
  #expect(sawQuote, "the consented comment should be quoted somewhere")
}

/// A file's text; for the workbook, the text of every part of the zip it is.
private func readable(_ path: String) throws -> String {
  guard path.hasSuffix(".xlsx") else { return try String(contentsOfFile: path, encoding: .utf8) }
  let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
  var text = ""
  for entry in archive {
    var data = Data()
    _ = try archive.extract(entry) { data.append($0) }
    text += String(decoding: data, as: UTF8.self)
  }
  return text
}
