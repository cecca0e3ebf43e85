// The README's project compiled (the processor ran and wrote the table class) and its tests ran and passed.
def log = new File(basedir, 'build.log').getText('UTF-8')
assert new File(basedir, 'target/classes/com/example/shop/ShopTable.class').isFile() : 'the processor wrote no ShopTable'
def summary = (log =~ /(?m)^\[INFO\] Tests run: (\d+), Failures: 0, Errors: 0, Skipped: 0$/)
assert summary.find() && (summary.group(1) as int) >= 3 : 'surefire did not run the README\'s tests'
assert log.contains('BUILD SUCCESS')
return true
