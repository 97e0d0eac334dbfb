import StatusmarkCLI

await Statusmark.runMain()
