// The same project with the README's deliberate modeling mistake.
mistake = true
return evaluate(new File(extractor))
