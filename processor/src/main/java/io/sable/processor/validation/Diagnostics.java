package io.sable.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import io.sable.processor.model.Source;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Reports messages on their sources and counts the errors.
 *
 * <p>Javac keeps repeated annotations only inside their synthesized container, whose position is
 * unknown; for those, the annotation is found in the element's source tree through the Compiler
 * Tree API when the compiler offers it (javac does), and the element itself is used otherwise.
 */
public final class Diagnostics {

  private final Messager messager;
  private final Trees trees;
  private int errors;

  public Diagnostics(ProcessingEnvironment env) {
    this.messager = env.getMessager();
    this.trees = treesOf(env);
  }

  private static Trees treesOf(ProcessingEnvironment env) {
    try {
      return Trees.instance(env);
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return null;
    }
  }

  /** Reports a message on the narrowest part of its source. */
  public void report(Message message, Source source, Object... arguments) {
    if (message.kind() == Diagnostic.Kind.ERROR) {
      errors++;
    }
    String text = message.format(arguments);
    if (source.repeated() != null && reportOnTree(message.kind(), text, source)) {
      return;
    }
    messager.printMessage(message.kind(), text, source.element(), source.annotation(), source.value());
  }

  /** The number of errors reported so far. */
  public int errorCount() {
    return errors;
  }

  private boolean reportOnTree(Diagnostic.Kind kind, String text, Source source) {
    if (trees == null) {
      return false;
    }
    TreePath path = trees.getPath(source.element());
    if (path == null || !(path.getLeaf() instanceof com.sun.source.tree.ClassTree classTree)) {
      return false;
    }
    Source.Repeated repeated = source.repeated();
    String simpleName = repeated.annotationType().substring(repeated.annotationType().lastIndexOf('.') + 1);
    int seen = 0;
    for (AnnotationTree annotation : classTree.getModifiers().getAnnotations()) {
      TypeElement type = (TypeElement) trees.getElement(new TreePath(path, annotation.getAnnotationType()));
      boolean matches = type != null
          ? type.getQualifiedName().contentEquals(repeated.annotationType())
          : annotation.getAnnotationType().toString().endsWith(simpleName);
      if (matches && seen++ == repeated.occurrence()) {
        Tree target = member(annotation, repeated.member());
        trees.printMessage(kind, text, target, path.getCompilationUnit());
        return true;
      }
    }
    return false;
  }

  private static Tree member(AnnotationTree annotation, String member) {
    if (member == null) {
      return annotation;
    }
    for (ExpressionTree argument : annotation.getArguments()) {
      if (argument instanceof AssignmentTree assignment
          && assignment.getVariable().toString().equals(member)) {
        return assignment.getExpression();
      }
    }
    return annotation;
  }
}
