import Foundation

/// The machine a benchmark ran on, as one line for `bench/results.csv`: processor, cores,
/// memory and system, read from `/proc` and `/etc/os-release` (Linux; "unknown" elsewhere).
enum Machine {
  static func describe() -> String {
    let processor =
      value(of: "model name", in: "/proc/cpuinfo", separator: ":") ?? "unknown processor"
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let memory = Double(ProcessInfo.processInfo.physicalMemory) / Double(1 << 30)
    let system =
      value(of: "PRETTY_NAME", in: "/etc/os-release", separator: "=")?
      .trimmingCharacters(in: CharacterSet(charactersIn: "\"")) ?? "unknown system"
    return "\(processor), \(cores) cores, \(String(format: "%.0f", memory)) GiB, \(system)"
  }

  private static func value(of key: String, in path: String, separator: Character) -> String? {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return nil }
    for line in text.split(separator: "\n") {
      let parts = line.split(separator: separator, maxSplits: 1)
      if parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == key {
        return parts[1].trimmingCharacters(in: .whitespaces)
      }
    }
    return nil
  }
}
