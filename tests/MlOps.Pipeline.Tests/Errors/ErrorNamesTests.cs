using System.Reflection;
using MlOps.Pipeline.Errors;

namespace MlOps.Pipeline.Tests.Errors;

public sealed class ErrorNamesTests
{
    private static readonly IReadOnlyList<string> Constants = typeof(ErrorNames)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    private static readonly IReadOnlyList<Type> ExceptionTypes = typeof(MlOpsException).Assembly.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(MlOpsException)))
        .ToList();

    [Fact]
    public void Every_ErrorNames_constant_has_one_sealed_exception_class_that_reports_it()
    {
        var reported = ExceptionTypes.ToDictionary(t => t, t => ((MlOpsException)Activator.CreateInstance(t, "message", null)!).ErrorName);
        foreach (var name in Constants)
        {
            var classes = reported.Where(pair => pair.Value == name).Select(pair => pair.Key).ToList();
            var type = Assert.Single(classes);
            Assert.True(type.IsSealed, $"{type.Name} should be sealed");
            Assert.Equal(name["MlOps.".Length..] + "Exception", type.Name);
        }

        Assert.Equal(Constants.Order(), reported.Values.Order());
    }

    [Fact]
    public void All_lists_every_constant_once_and_names_use_the_MlOps_prefix()
    {
        Assert.Equal(Constants.Order(), ErrorNames.All.Order());
        Assert.Equal(ErrorNames.All.Count, ErrorNames.All.Distinct().Count());
        Assert.All(ErrorNames.All, name => Assert.Matches("^MlOps\\.[A-Z][A-Za-z]+$", name));
    }

    [Fact]
    public void Exceptions_keep_message_and_inner_exception()
    {
        var inner = new IOException("disk");
        var error = new DataContractViolationException("column age: 3 values below 18", inner);
        Assert.Equal("column age: 3 values below 18", error.Message);
        Assert.Same(inner, error.InnerException);
        Assert.Equal("MlOps.DataContractViolation", error.ErrorName);
    }
}
