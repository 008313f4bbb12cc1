/**
 * The stylesheet of emulated Suitelet pages: the shapes of NetSuite's classic form (dark
 * navigation bar, page title, grey button bars above and below, field groups under a ruled
 * heading, small upper-case labels). Not NetSuite's own CSS, a resemblance.
 */
export const FORM_STYLES = `
*{box-sizing:border-box}
body{margin:0;font:13px/1.45 "Open Sans",Helvetica,Arial,sans-serif;color:#262626;background:#fff}
.ns-navbar{display:flex;align-items:center;gap:16px;background:#24385b;color:#fff;padding:8px 16px}
.ns-navbar .ns-brand{font-weight:700;letter-spacing:.02em}
.ns-navbar .ns-account{margin-left:auto;font-size:12px;opacity:.85}
.ns-navbar .ns-emulated{font-size:11px;border:1px solid rgba(255,255,255,.5);border-radius:3px;padding:1px 6px}
.ns-links{padding:6px 16px;font-size:12px;background:#f3f5f8;border-bottom:1px solid #dbe1ea}
.ns-links a{color:#255599;margin-right:12px}
.ns-page{padding:12px 16px 24px}
.ns-title{font-size:22px;font-weight:400;margin:6px 0 10px;color:#262626}
.ns-buttons{display:flex;flex-wrap:wrap;gap:6px;padding:6px 0;margin:0 0 8px}
.ns-buttons-bottom{border-top:1px solid #e5e5e5;margin-top:16px;padding-top:10px}
.ns-button{font:inherit;font-weight:600;padding:4px 14px;border:1px solid #b2b2b2;border-radius:3px;background:linear-gradient(#fafafa,#e5e5e5);color:#262626;cursor:pointer}
.ns-button-primary{background:linear-gradient(#3f83d8,#125ab2);border-color:#125ab2;color:#fff}
.ns-button[disabled]{opacity:.5;cursor:default}
.ns-fields{display:flex;flex-wrap:wrap;gap:8px 32px}
.ns-column{flex:1 1 280px;min-width:0}
.ns-fieldgroup{margin:14px 0 0}
.ns-fieldgroup-title{font-size:14px;font-weight:600;color:#4d5f79;border-bottom:1px solid #8da3c0;padding:2px 0;margin:0 0 8px}
.ns-field{margin:0 0 10px}
.ns-label{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.03em;color:#6f6f6f;margin-bottom:2px}
.ns-required{color:#c00}
.ns-help{display:block;font-size:11px;color:#6f6f6f;margin-top:2px}
.ns-value{font-size:13px}
.ns-field input[type=text],.ns-field input[type=email],.ns-field input[type=url],.ns-field input[type=password],.ns-field input[type=number],.ns-field select,.ns-field textarea{font:inherit;padding:3px 5px;border:1px solid #b2b2b2;border-radius:2px;min-width:240px;max-width:100%}
.ns-inlinehtml{margin:0 0 10px}
.ns-outside{margin:8px 0}
.ns-tabs{margin:16px 0 0}
.ns-tablist{display:flex;flex-wrap:wrap;gap:2px;border-bottom:2px solid #4d5f79}
.ns-tab{font:inherit;font-weight:600;padding:5px 16px;border:1px solid #b9c6d8;border-bottom:none;border-radius:3px 3px 0 0;background:#e6ebf2;color:#24385b;cursor:pointer}
.ns-tab[aria-selected=true]{background:#4d5f79;border-color:#4d5f79;color:#fff}
.ns-tab:focus-visible{outline:2px solid #125ab2;outline-offset:2px}
.ns-tabpanel{padding:10px 0 0}
@media print{.ns-tablist{display:none}}
`;
