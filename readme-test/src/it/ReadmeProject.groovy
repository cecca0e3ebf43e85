// Writes the project of README.md's "Using Sable in a project" into basedir, from the README's text alone.
// Each fenced block right after a line "<!-- readme-project: PATH -->" becomes the file PATH. With mistake = true,
// blocks marked "<!-- readme-project-mistake: PATH -->" then replace theirs, and the one marked
// "readme-project-mistake: error" (the processor's message the README quotes) goes to expected-error.txt.
// Bound by the caller: basedir (File), readme (String), mistake (boolean).

def files = [:]
def mistakes = [:]
def lines = new File(readme).readLines('UTF-8')
def marker = ~/^<!-- (readme-project(?:-mistake)?): (\S+) -->$/
for (int i = 0; i < lines.size(); i++) {
  def m = marker.matcher(lines[i].trim())
  if (!m.matches()) {
    continue
  }
  int open = i + 1
  if (open >= lines.size() || !lines[open].startsWith('```')) {
    throw new IllegalStateException("README.md line ${i + 1}: ${lines[i]} is not followed by a fenced block")
  }
  int close = open + 1
  while (close < lines.size() && !lines[close].startsWith('```')) {
    close++
  }
  if (close == lines.size()) {
    throw new IllegalStateException("README.md line ${open + 1}: the fenced block is never closed")
  }
  def text = lines.subList(open + 1, close).join('\n') + '\n'
  def target = m.group(1) == 'readme-project' ? files : mistakes
  if (target.containsKey(m.group(2))) {
    throw new IllegalStateException("README.md line ${i + 1}: ${m.group(2)} is marked twice")
  }
  target[m.group(2)] = text
  i = close
}
if (!files.containsKey('pom.xml')) {
  throw new IllegalStateException('README.md has no block marked <!-- readme-project: pom.xml -->')
}
if (mistake) {
  if (!mistakes.containsKey('error') || mistakes.size() < 2) {
    throw new IllegalStateException('README.md needs a mistake (readme-project-mistake: PATH) and its error')
  }
  new File(basedir, 'expected-error.txt').setText(mistakes.remove('error').trim(), 'UTF-8')
  files.putAll(mistakes)
}
files.each { path, text ->
  def file = new File(basedir, path)
  file.parentFile.mkdirs()
  file.setText(text, 'UTF-8')
}
println "[readme-project] wrote ${files.keySet().join(', ')} into ${basedir}"
return true
