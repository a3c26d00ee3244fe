// Benchmarks and synthetic-snapshot generators; see README "Benchmarks".
using Simkl.Site.Benchmarks;

return BenchmarkCommands.Run(args);
