// The README's modeling mistake failed the build with the processor's message that the README quotes, on Order.java.
def log = new File(basedir, 'build.log').getText('UTF-8')
def expected = new File(basedir, 'expected-error.txt').getText('UTF-8')
assert log.contains(expected) : "build.log lacks the README's error:\n" + expected
assert log =~ /Order\.java:\[\d+,\d+\] \[SableUnservedAccessPattern\]/ : 'the error is not reported on Order.java'
return true
