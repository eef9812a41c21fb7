using System.Reflection;
namespace StressMaps.Harness.Targets;

/// <summary>
/// A user's own concurrent test as a target: a public static method taking nothing and returning void,
/// <see cref="Task"/> or <see cref="ValueTask"/>, which starts tasks, awaits them and throws when an
/// invariant breaks. Each schedule runs it once; a failure is an exception out of it or out of a task it
/// started, a deadlock, a lost wakeup, or a hang.
/// </summary>
/// <param name="Method">The method, from the rewritten copy of the user's assembly.</param>
/// <param name="Invoke">Runs it once; an exception it throws comes out as thrown, not wrapped by reflection.</param>
public sealed record ConcurrentTest(MethodInfo Method, Func<Task> Invoke)
{
    /// <summary><c>Namespace.Type.Method</c>, as <c>--method</c> takes it.</summary>
    public string FullName => NameOf(Method);

    /// <summary><c>Namespace.Type.Method</c> of <paramref name="method"/>.</summary>
    public static string NameOf(MethodInfo method) => $"{method.DeclaringType!.FullName!.Replace('+', '.')}.{method.Name}";

    /// <summary>
    /// The invoker of <paramref name="method"/>, when its shape is one a test may have; null with
    /// <paramref name="why"/> set otherwise.
    /// </summary>
    public static Func<Task>? InvokerOf(MethodInfo method, out string why)
    {
        why = "";
        if (!method.IsStatic || !method.IsPublic || method.DeclaringType is not { IsPublic: true } and not { IsNestedPublic: true })
        {
            why = "is not public static (StressMaps calls a test with no instance)";
        }
        else if (method.IsGenericMethodDefinition || method.DeclaringType.ContainsGenericParameters)
        {
            why = "is generic";
        }
        else if (method.GetParameters().Length > 0)
        {
            why = $"takes {method.GetParameters().Length} parameters; a test takes none";
        }
        else if (method.ReturnType == typeof(void))
        {
            var action = method.CreateDelegate<Action>();
            return () =>
            {
                action();
                return Task.CompletedTask;
            };
        }
        else if (method.ReturnType == typeof(Task))
        {
            return method.CreateDelegate<Func<Task>>();
        }
        else if (method.ReturnType == typeof(ValueTask))
        {
            var run = method.CreateDelegate<Func<ValueTask>>();
            return () => run().AsTask();
        }
        else
        {
            why = $"returns {method.ReturnType.Name}; a test returns void, Task or ValueTask";
        }

        return null;
    }
}
