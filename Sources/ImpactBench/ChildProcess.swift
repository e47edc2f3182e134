#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The one place the benchmark reaches POSIX: it starts a program with `posix_spawn` and waits
/// for it with `wait4`, which gives that child's own CPU time and peak resident memory.
enum ChildProcess {
  /// What a finished run cost.
  struct Cost: Sendable {
    /// Wall-clock seconds from spawn to exit.
    var wallSeconds: Double
    /// User plus system CPU seconds of the child.
    var cpuSeconds: Double
    /// The child's peak resident set, in bytes.
    var peakBytes: Int
    /// The exit status (or 128 + the signal).
    var status: Int32
  }

  /// Why a run could not be measured.
  enum Failure: Error, CustomStringConvertible {
    case spawn(program: String, errno: Int32)
    case wait(errno: Int32)

    var description: String {
      switch self {
      case .spawn(let program, let code):
        return
          "Could not start \(program): \(String(cString: strerror(code))). Run `make release` first."
      case .wait(let code):
        return "Could not wait for the benchmarked program: \(String(cString: strerror(code)))."
      }
    }
  }

  /// Runs `program` with `arguments` (its output goes to /dev/null) and measures it.
  static func run(_ program: String, _ arguments: [String]) throws(Failure) -> Cost {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    let start = monotonicSeconds()
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    guard spawned == 0 else { throw .spawn(program: program, errno: spawned) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 {
      guard errno == EINTR else { throw .wait(errno: errno) }
    }
    let wall = monotonicSeconds() - start
    let exited = status & 0x7f == 0
    return Cost(
      wallSeconds: wall, cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
      peakBytes: Int(usage.ru_maxrss) * 1024,
      status: exited ? (status >> 8) & 0xff : 128 + (status & 0x7f))
  }

  /// This process's CPU seconds so far (user plus system), for timing work done in-process.
  static func ownCPUSeconds() -> Double {
    var usage = rusage()
    #if canImport(Glibc)
      getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }

  /// Seconds on the monotonic clock.
  static func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
  }

  private static func seconds(_ time: timeval) -> Double {
    Double(time.tv_sec) + Double(time.tv_usec) / 1e6
  }
}
