//! Formula metrics: `+ - * /`, parentheses, numbers and metric names.
//! Usual precedence; `*` and `/` bind tighter than `+` and `-`; all left
//! associative; unary minus.

use crate::config::model::{BinOp, Expr};
pub use crate::error::config::FormulaFault;

/// A syntax error at a byte offset of the formula text.
#[derive(Debug, Clone, PartialEq)]
pub struct FormulaError {
    pub offset: usize,
    /// What is wrong (worded by `ConfigProblem::FormulaSyntax`).
    pub fault: FormulaFault,
}

pub fn parse(text: &str) -> Result<Expr, FormulaError> {
    let mut parser = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
    };
    let expr = parser.expr()?;
    parser.skip_ws();
    if parser.pos < parser.bytes.len() {
        return Err(parser.error(FormulaFault::ExpectedOperator(
            parser.rest_token().to_string(),
        )));
    }
    Ok(expr)
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, fault: FormulaFault) -> FormulaError {
        FormulaError {
            offset: self.pos,
            fault,
        }
    }

    fn rest_token(&self) -> &str {
        let rest = &self.text[self.pos..];
        let end = rest
            .char_indices()
            .find(|&(i, c)| i > 0 && (c.is_whitespace() || "+-*/()".contains(c)))
            .map_or(rest.len(), |(i, _)| i);
        &rest[..end]
    }

    fn skip_ws(&mut self) {
        while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_whitespace() {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.skip_ws();
        self.bytes.get(self.pos).copied()
    }

    fn expr(&mut self) -> Result<Expr, FormulaError> {
        self.binary(&[(b'+', BinOp::Add), (b'-', BinOp::Sub)], Self::term)
    }

    fn term(&mut self) -> Result<Expr, FormulaError> {
        self.binary(&[(b'*', BinOp::Mul), (b'/', BinOp::Div)], Self::factor)
    }

    /// One level of left-associative operators: `next (op next)*`.
    fn binary(
        &mut self,
        ops: &[(u8, BinOp)],
        next: fn(&mut Self) -> Result<Expr, FormulaError>,
    ) -> Result<Expr, FormulaError> {
        let mut left = next(self)?;
        while let Some(&(_, op)) = self.peek().and_then(|b| ops.iter().find(|(c, _)| *c == b)) {
            self.pos += 1;
            let right = next(self)?;
            left = Expr::Binary(Box::new(left), op, Box::new(right));
        }
        Ok(left)
    }

    fn factor(&mut self) -> Result<Expr, FormulaError> {
        match self.peek() {
            None => Err(self.error(FormulaFault::EndsEarly)),
            Some(b'-') => {
                self.pos += 1;
                Ok(Expr::Neg(Box::new(self.factor()?)))
            }
            Some(b'+') => {
                self.pos += 1;
                self.factor()
            }
            Some(b'(') => {
                let open = self.pos;
                self.pos += 1;
                let inner = self.expr()?;
                if self.peek() != Some(b')') {
                    return Err(FormulaError {
                        offset: open,
                        fault: FormulaFault::Unclosed,
                    });
                }
                self.pos += 1;
                Ok(inner)
            }
            Some(c) if c.is_ascii_digit() || c == b'.' => {
                let start = self.pos;
                while self.pos < self.bytes.len()
                    && (self.bytes[self.pos].is_ascii_digit() || self.bytes[self.pos] == b'.')
                {
                    self.pos += 1;
                }
                let text = &self.text[start..self.pos];
                text.parse::<f64>()
                    .map(Expr::Number)
                    .map_err(|_| FormulaError {
                        offset: start,
                        fault: FormulaFault::NotANumber(text.to_string()),
                    })
            }
            Some(c) if c.is_ascii_alphabetic() || c == b'_' => {
                let start = self.pos;
                while self.pos < self.bytes.len()
                    && (self.bytes[self.pos].is_ascii_alphanumeric()
                        || self.bytes[self.pos] == b'_'
                        || self.bytes[self.pos] == b'-' && self.name_continues())
                {
                    self.pos += 1;
                }
                Ok(Expr::Metric(self.text[start..self.pos].to_string()))
            }
            Some(_) => Err(self.error(FormulaFault::Unexpected(self.rest_token().to_string()))),
        }
    }

    /// Metric keys may hold `-` (`ad-cost`) but `a-b` with spaces is a
    /// subtraction: a `-` continues a name only when a letter follows it
    /// directly and no space precedes it.
    fn name_continues(&self) -> bool {
        self.bytes
            .get(self.pos + 1)
            .is_some_and(|c| c.is_ascii_alphabetic())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(e: &Expr) -> f64 {
        match e {
            Expr::Number(n) => *n,
            Expr::Metric(m) => m.len() as f64,
            Expr::Neg(x) => -eval(x),
            Expr::Binary(a, op, b) => {
                let (a, b) = (eval(a), eval(b));
                match op {
                    BinOp::Add => a + b,
                    BinOp::Sub => a - b,
                    BinOp::Mul => a * b,
                    BinOp::Div => a / b,
                }
            }
        }
    }

    #[test]
    fn precedence_and_parentheses() {
        let cases = [
            ("1 + 2 * 3", 7.0),
            ("(1 + 2) * 3", 9.0),
            ("10 - 4 - 3", 3.0),
            ("8 / 4 / 2", 1.0),
            ("-2 * 3", -6.0),
            ("2 * -3", -6.0),
            ("abc / a", 3.0),
            ("(abc - a) / a", 2.0),
            ("1.5*2", 3.0),
        ];
        for (text, want) in cases {
            let got = eval(&parse(text).unwrap());
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn names_in_order() {
        let e = parse("(revenue - ad_cost) / ad_cost").unwrap();
        assert_eq!(e.metric_names(), vec!["revenue", "ad_cost"]);
    }

    #[test]
    fn errors_point_at_the_problem() {
        let cases = [
            ("revenue /", 9, FormulaFault::EndsEarly),
            ("(a + b", 0, FormulaFault::Unclosed),
            ("a b", 2, FormulaFault::ExpectedOperator("b".to_string())),
            ("a + $", 4, FormulaFault::Unexpected("$".to_string())),
            ("1..2", 0, FormulaFault::NotANumber("1..2".to_string())),
        ];
        for (text, offset, fault) in cases {
            let err = parse(text).unwrap_err();
            assert_eq!(err.offset, offset, "{text}: {err:?}");
            assert_eq!(err.fault, fault, "{text}");
        }
    }

    proptest::proptest! {
        #[test]
        fn never_panics(text in "[a-z0-9+*/() .-]{0,40}") {
            let _ = parse(&text);
        }

        #[test]
        fn printed_sums_parse_back(values in proptest::collection::vec(0u32..1000, 1..8)) {
            let text = values.iter().map(|v| v.to_string()).collect::<Vec<_>>().join(" + ");
            let want: f64 = values.iter().map(|&v| f64::from(v)).sum();
            proptest::prop_assert_eq!(eval(&parse(&text).unwrap()), want);
        }
    }
}
