// Benchmarks and synthetic-snapshot generators; see README "Benchmarks".
Console.Error.WriteLine("usage: Simkl.Site.Benchmarks <benchmark> [options]");
return 2;
