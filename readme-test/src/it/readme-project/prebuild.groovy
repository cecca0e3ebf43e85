// The project of README.md's "Using Sable in a project", as the README gives it.
mistake = false
return evaluate(new File(extractor))
