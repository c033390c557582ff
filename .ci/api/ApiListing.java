import java.io.File;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The public API of one artifact as text, one line per public or protected type, constructor,
 * method and field of its exported packages, sorted, so that a change of the API shows as a diff
 * of the committed listing (the module's {@code api.txt}).
 *
 * <p>Run by each published module's build at {@code verify} with the module's run-time class path,
 * as a single-file program: {@code java -cp CLASSPATH ApiListing.java CLASSES LISTING MODE}. MODE
 * {@code check} fails when the listing differs from the classes; {@code update} writes it.
 */
public final class ApiListing {

  private ApiListing() {}

  public static void main(String[] args) throws Exception {
    Path classes = Path.of(args[0]);
    Path listing = Path.of(args[1]);
    String mode = args[2];
    List<String> api = listing(classes);
    String text = String.join("\n", api) + "\n";
    if (mode.equals("update")) {
      Files.writeString(listing, text, StandardCharsets.UTF_8);
      System.out.println("API listing written: " + listing + " (" + api.size() + " lines)");
      return;
    }
    List<String> committed =
        Files.exists(listing) ? Files.readAllLines(listing, StandardCharsets.UTF_8) : List.of();
    if (committed.equals(api)) {
      return;
    }
    List<String> removed = new ArrayList<>(committed);
    removed.removeAll(api);
    List<String> added = new ArrayList<>(api);
    added.removeAll(committed);
    StringBuilder report = new StringBuilder();
    report.append("The public API differs from ").append(listing).append(":\n");
    removed.forEach(line -> report.append("  - ").append(line).append('\n'));
    added.forEach(line -> report.append("  + ").append(line).append('\n'));
    report.append("If the change is intended, regenerate every listing from the repository root with\n")
        .append("  mvn -B -q -DskipTests -Dgecc.api.mode=update verify\n")
        .append("and commit the api.txt files with the change.");
    System.err.println(report);
    System.exit(1);
  }

  static List<String> listing(Path classes) throws IOException, ClassNotFoundException {
    Set<String> exported = exportedPackages(classes);
    List<String> names;
    try (Stream<Path> files = Files.walk(classes)) {
      names =
          files
              .map(file -> classes.relativize(file).toString())
              .filter(name -> name.endsWith(".class"))
              .filter(name -> !name.endsWith("module-info.class") && !name.endsWith("package-info.class"))
              .map(name -> name.substring(0, name.length() - ".class".length()).replace(File.separatorChar, '.'))
              .sorted()
              .collect(Collectors.toList());
    }
    List<String> api = new ArrayList<>();
    ClassLoader loader = ApiListing.class.getClassLoader();
    for (String name : names) {
      Class<?> type = Class.forName(name, false, loader);
      if (!visible(type) || (exported != null && !exported.contains(type.getPackageName()))) {
        continue;
      }
      String owner = type.getName();
      api.add(describe(type));
      List<String> members = new ArrayList<>();
      for (Field field : type.getDeclaredFields()) {
        if (visible(field)) {
          members.add(owner + " field " + Modifier.toString(field.getModifiers()) + " "
              + field.getGenericType().getTypeName() + " " + field.getName());
        }
      }
      for (Constructor<?> constructor : type.getDeclaredConstructors()) {
        if (visible(constructor)) {
          members.add(owner + " constructor " + constructor.toGenericString());
        }
      }
      for (Method method : type.getDeclaredMethods()) {
        if (visible(method) && !method.isBridge()) {
          members.add(owner + " method " + method.toGenericString());
        }
      }
      members.sort(null);
      api.addAll(members);
    }
    return api;
  }

  /** The packages module-info exports to everyone, or null for a jar without module-info. */
  private static Set<String> exportedPackages(Path classes) {
    if (!Files.exists(classes.resolve("module-info.class"))) {
      return null;
    }
    try {
      java.lang.module.ModuleDescriptor descriptor =
          java.lang.module.ModuleDescriptor.read(Files.newInputStream(classes.resolve("module-info.class")));
      return descriptor.exports().stream()
          .filter(export -> !export.isQualified())
          .map(java.lang.module.ModuleDescriptor.Exports::source)
          .collect(Collectors.toSet());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static boolean visible(Class<?> type) {
    if (type.isSynthetic() || type.isAnonymousClass() || type.isLocalClass()) {
      return false;
    }
    int modifiers = type.getModifiers();
    boolean own = Modifier.isPublic(modifiers) || (type.getEnclosingClass() != null && Modifier.isProtected(modifiers));
    return own && (type.getEnclosingClass() == null || visible(type.getEnclosingClass()));
  }

  private static boolean visible(Member member) {
    int modifiers = member.getModifiers();
    return !member.isSynthetic() && (Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers));
  }

  private static String describe(Class<?> type) {
    int modifiers = type.getModifiers();
    String kind;
    if (type.isAnnotation()) {
      kind = "@interface";
      modifiers &= ~(Modifier.INTERFACE | Modifier.ABSTRACT);
    } else if (type.isInterface()) {
      kind = "interface";
      modifiers &= ~(Modifier.INTERFACE | Modifier.ABSTRACT);
    } else if (type.isEnum()) {
      kind = "enum";
      modifiers &= ~(Modifier.FINAL | Modifier.ABSTRACT);
    } else {
      kind = "class";
    }
    StringBuilder line = new StringBuilder(type.getName()).append(" type ");
    String flags = Modifier.toString(modifiers);
    if (!flags.isEmpty()) {
      line.append(flags).append(' ');
    }
    line.append(kind).append(' ').append(type.getName());
    TypeVariable<?>[] parameters = type.getTypeParameters();
    if (parameters.length > 0) {
      line.append(Arrays.stream(parameters).map(ApiListing::bounded).collect(Collectors.joining(",", "<", ">")));
    }
    Type superclass = type.getGenericSuperclass();
    if (superclass != null && superclass != Object.class && !type.isEnum()) {
      line.append(" extends ").append(superclass.getTypeName());
    }
    Type[] interfaces = type.getGenericInterfaces();
    if (interfaces.length > 0) {
      line.append(type.isInterface() ? " extends " : " implements ")
          .append(Arrays.stream(interfaces).map(Type::getTypeName).collect(Collectors.joining(", ")));
    }
    return line.toString();
  }

  private static String bounded(TypeVariable<?> variable) {
    Type[] bounds = variable.getBounds();
    return bounds.length == 1 && bounds[0] == Object.class
        ? variable.getName()
        : variable.getName() + " extends "
            + Arrays.stream(bounds).map(Type::getTypeName).collect(Collectors.joining(" & "));
  }
}
