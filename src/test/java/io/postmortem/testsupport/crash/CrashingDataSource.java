package io.postmortem.testsupport.crash;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's DataSource, with every write statement and commit first asking the {@link CrashHook} whether
 * the process is still alive. Reads pass untouched.
 */
public final class CrashingDataSource extends DelegatingDataSource {

    private static final Set<String> EXECUTE = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");

    private final CrashHook hook;

    public CrashingDataSource(DataSource target, CrashHook hook) {
        super(target);
        this.hook = hook;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return wrap(super.getConnection(username, password));
    }

    private Connection wrap(Connection c) {
        return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                new Handler(c, null));
    }

    private final class Handler implements InvocationHandler {
        private final Object target;
        private final String sql;

        Handler(Object target, String sql) {
            this.target = target;
            this.sql = sql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (target instanceof Connection && name.equals("commit")) {
                hook.beforeWrite("commit");
            }
            if (target instanceof Statement && EXECUTE.contains(name)) {
                String text = sql != null ? sql : args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                if (isWrite(text)) hook.beforeWrite(text);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (target instanceof Connection && result instanceof PreparedStatement ps) {
                String text = args != null && args.length > 0 && args[0] instanceof String s ? s : "";
                return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces(ps), new Handler(ps, text));
            }
            if (target instanceof Connection && result instanceof Statement st) {
                return Proxy.newProxyInstance(getClass().getClassLoader(), interfaces(st), new Handler(st, null));
            }
            return result;
        }

        private Class<?>[] interfaces(Statement st) {
            return st instanceof java.sql.CallableStatement ? new Class<?>[] {java.sql.CallableStatement.class}
                    : st instanceof PreparedStatement ? new Class<?>[] {PreparedStatement.class} : new Class<?>[] {Statement.class};
        }

        private boolean isWrite(String text) {
            String s = text.stripLeading().toLowerCase(Locale.ROOT);
            return s.startsWith("insert") || s.startsWith("update") || s.startsWith("delete") || s.startsWith("merge")
                    || s.startsWith("with");
        }
    }
}
