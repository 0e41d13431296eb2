package org.chagres.bench.report;

import java.util.Map;

/**
 * Evaluates a {@link org.chagres.bench.Work#amount()} expression: numbers, {@code + - * /},
 * parentheses, and benchmark parameters by name. A parameter whose value looks like
 * {@code 4096x64x4096} is indexed as {@code shape[0]}, {@code shape[1]}, ...; a plain number
 * gives itself for every index. Recursive descent over the usual grammar:
 * {@code expr = term (('+'|'-') term)*}, {@code term = factor (('*'|'/') factor)*},
 * {@code factor = number | name ('[' digits ']')? | '(' expr ')' | '-' factor}.
 */
public final class Expr {

    private final String text;
    private final Map<String, String> params;
    private int pos;

    private Expr(String text, Map<String, String> params) {
        this.text = text;
        this.params = params;
    }

    /**
     * The value of {@code expression} with these parameter values.
     *
     * @throws IllegalArgumentException on a syntax error, an unknown parameter or a parameter
     *     that is not a number, naming the expression and the position
     */
    public static double eval(String expression, Map<String, String> params) {
        Expr e = new Expr(expression, params);
        double v = e.expr();
        e.skipSpaces();
        if (e.pos != expression.length()) {
            throw e.error("unexpected '" + expression.charAt(e.pos) + "'");
        }
        return v;
    }

    private double expr() {
        double v = term();
        while (true) {
            skipSpaces();
            if (eat('+')) {
                v += term();
            } else if (eat('-')) {
                v -= term();
            } else {
                return v;
            }
        }
    }

    private double term() {
        double v = factor();
        while (true) {
            skipSpaces();
            if (eat('*')) {
                v *= factor();
            } else if (eat('/')) {
                v /= factor();
            } else {
                return v;
            }
        }
    }

    private double factor() {
        skipSpaces();
        if (eat('-')) {
            return -factor();
        }
        if (eat('(')) {
            double v = expr();
            skipSpaces();
            if (!eat(')')) {
                throw error("missing ')'");
            }
            return v;
        }
        if (pos < text.length() && (Character.isDigit(text.charAt(pos))
                || text.charAt(pos) == '.')) {
            int start = pos;
            while (pos < text.length() && (Character.isDigit(text.charAt(pos))
                    || text.charAt(pos) == '.' || text.charAt(pos) == 'e'
                    || text.charAt(pos) == 'E')) {
                pos++;
            }
            return Double.parseDouble(text.substring(start, pos));
        }
        if (pos < text.length() && Character.isJavaIdentifierStart(text.charAt(pos))) {
            int start = pos;
            while (pos < text.length() && Character.isJavaIdentifierPart(text.charAt(pos))) {
                pos++;
            }
            String name = text.substring(start, pos);
            int index = -1;
            if (eat('[')) {
                int s = pos;
                while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                    pos++;
                }
                if (s == pos || !eat(']')) {
                    throw error("expected an index like " + name + "[0]");
                }
                index = Integer.parseInt(text.substring(s, pos - 1));
            }
            return param(name, index);
        }
        throw error(pos < text.length() ? "unexpected '" + text.charAt(pos) + "'"
                : "unexpected end");
    }

    private double param(String name, int index) {
        String value = params.get(name);
        if (value == null) {
            throw error("no parameter '" + name + "' (parameters: " + params.keySet() + ")");
        }
        String[] parts = value.strip().split("[xX×]");
        String part;
        if (index < 0) {
            if (parts.length != 1) {
                throw error("parameter " + name + "=" + value + " has parts; write " + name
                        + "[0] .. " + name + "[" + (parts.length - 1) + "]");
            }
            part = parts[0];
        } else if (parts.length == 1) {
            part = parts[0];
        } else if (index < parts.length) {
            part = parts[index];
        } else {
            throw error("parameter " + name + "=" + value + " has no part " + index);
        }
        try {
            return Double.parseDouble(part.strip());
        } catch (NumberFormatException e) {
            throw error("parameter " + name + "=" + value + " is not a number");
        }
    }

    private void skipSpaces() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean eat(char c) {
        skipSpaces();
        if (pos < text.length() && text.charAt(pos) == c) {
            pos++;
            return true;
        }
        return false;
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("Work.amount: " + what + " at position " + pos
                + ", got \"" + text + "\"");
    }
}
