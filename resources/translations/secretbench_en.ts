<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <location filename="../../app/gui/main.cpp" line="+48"/>
        <source>SecretBench cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::FormatsReference</name>
    <message>
        <location filename="../../ui/FormatsReference.cpp" line="+16"/>
        <location line="+4"/>
        <source>Formats reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::MainWindow</name>
    <message>
        <location filename="../../ui/MainWindow.cpp" line="+28"/>
        <source>SecretBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Form preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a Port action definition and see its form exactly as Port renders it: single-line secrets masked with asterisks, &lt;code&gt;multi-line&lt;/code&gt; secrets unmasked in a large editor, object secrets as JSON. The definition is linted as you type, and the encrypted request your backend would receive is built and can be sent to a local backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Envelope inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste an encrypted value or a whole webhook body and see its structure byte by byte: IV, wrapped key, ciphertext and tag. Decrypt it offline with a client secret or an RSA private key, and get a precise diagnosis when it fails. Until then, &lt;code&gt;secretbench-cli inspect&lt;/code&gt; and &lt;code&gt;secretbench-cli decrypt&lt;/code&gt; do this from a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+2"/>
        <source>Project secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep each project&apos;s MongoDB URL and JWT secret in an encrypted local vault: add, edit and replace values without breaking the workflows that reference them, validate and test them (connect, sign, verify), and never leak them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Crypto self-test passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Form preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Envelope &amp;inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Project &amp;secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Formats reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About SecretBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About SecretBench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SecretBench %1&lt;/h3&gt;&lt;p&gt;A workbench for secret inputs: Port form preview, envelope inspector and project secrets.&lt;/p&gt;&lt;p&gt;%2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::PlaceholderPage</name>
    <message>
        <location filename="../../ui/PlaceholderPage.cpp" line="+22"/>
        <source>&lt;i&gt;This workspace is not available yet.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SecretField</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/SecretField.cpp" line="+34"/>
        <location line="+91"/>
        <source>Show the value (hidden again after %n seconds)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="-90"/>
        <location line="+77"/>
        <source>Show value</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-73"/>
        <source>Copy (the clipboard is cleared after %n seconds)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Hide value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sb::SettingsDialog</name>
    <message>
        <location filename="../../ui/SettingsDialog.cpp" line="+36"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <location line="+24"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the vault when the desktop session locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remember the vault passphrase in the system keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Off by default. Anyone who can use your unlocked desktop session can then open the vault without the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the stored passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How long unlocking a new vault should take on this computer. Longer is harder to guess; never less than RFC 9106&apos;s minimum parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Use the system&apos;s fixed-width font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear the &amp;clipboard after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide revealed &amp;values after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lock the vault after inactivity of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Unlock time for new vaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Form preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Default &amp;backend URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Editor &amp;font</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Editor font si&amp;ze</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
