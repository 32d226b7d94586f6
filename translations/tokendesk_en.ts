<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>td::CiDeviceFlow</name>
    <message numerus="yes">
        <source>Run %1 again and approve the new code within %n minute(s).</source>
        <translation>
            <numerusform>Run %1 again and approve the new code within %n minute.</numerusform>
            <numerusform>Run %1 again and approve the new code within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::CiTexts</name>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>updated %n minute ago</numerusform>
            <numerusform>updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>updated %n hour ago</numerusform>
            <numerusform>updated %n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n day(s) ago</source>
        <translation>
            <numerusform>updated %n day ago</numerusform>
            <numerusform>updated %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ExpiryNotice</name>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n day(s)</source>
        <translation>
            <numerusform>npm token &apos;%1&apos; expires in %n day</numerusform>
            <numerusform>npm token &apos;%1&apos; expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n hour(s)</source>
        <translation>
            <numerusform>npm token &apos;%1&apos; expires in %n hour</numerusform>
            <numerusform>npm token &apos;%1&apos; expires in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>npm token &apos;%1&apos; expires in %n minute(s)</source>
        <translation>
            <numerusform>npm token &apos;%1&apos; expires in %n minute</numerusform>
            <numerusform>npm token &apos;%1&apos; expires in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ExpiryPage</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s)</source>
        <translation>
            <numerusform>Expires in %n day</numerusform>
            <numerusform>Expires in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires %1 (in %n day(s)).</source>
        <translation>
            <numerusform>Expires %1 (in %n day).</numerusform>
            <numerusform>Expires %1 (in %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::LostTokenRecovery</name>
    <message numerus="yes">
        <source>The registry created token &apos;%1&apos; but its answer was lost; %n tokens with that name were created since, so TokenDesk revoked none of them: %2.</source>
        <translation>
            <numerusform>The registry created token &apos;%1&apos; but its answer was lost; %n token with that name was created since, so TokenDesk revoked none of them: %2.</numerusform>
            <numerusform>The registry created token &apos;%1&apos; but its answer was lost; %n tokens with that name were created since, so TokenDesk revoked none of them: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MainWindow</name>
    <message numerus="yes">
        <source>&amp;Staged releases (%n)</source>
        <translation>
            <numerusform>&amp;Staged releases (%n)</numerusform>
            <numerusform>&amp;Staged releases (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Publishing (%n at risk)</source>
        <translation>
            <numerusform>&amp;Publishing (%n at risk)</numerusform>
            <numerusform>&amp;Publishing (%n at risk)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clipboard cleared in %n s</source>
        <translation>
            <numerusform>Clipboard cleared in %n s</numerusform>
            <numerusform>Clipboard cleared in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MigrationDialog</name>
    <message numerus="yes">
        <source>A migration was interrupted: %n token(s) are half-way. Resume it, or roll it back to how your files were. Until then every file keeps a working token.</source>
        <translation>
            <numerusform>A migration was interrupted: %n token is half-way. Resume it, or roll it back to how your files were. Until then every file keeps a working token.</numerusform>
            <numerusform>A migration was interrupted: %n tokens are half-way. Resume it, or roll it back to how your files were. Until then every file keeps a working token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n place(s) hold npm credentials</source>
        <translation>
            <numerusform>%n place holds npm credentials</numerusform>
            <numerusform>%n places hold npm credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in the plan.</source>
        <translation>
            <numerusform>%n token in the plan.</numerusform>
            <numerusform>%n tokens in the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::MigrationOutcome</name>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, old token revoked</source>
        <translation>
            <numerusform>%1: replaced, %n reference rewritten, old token revoked</numerusform>
            <numerusform>%1: replaced, %n references rewritten, old token revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) cleaned, token revoked</source>
        <translation>
            <numerusform>%1: %n file cleaned, token revoked</numerusform>
            <numerusform>%1: %n files cleaned, token revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: removed from %n file(s)</source>
        <translation>
            <numerusform>%1: removed from %n file</numerusform>
            <numerusform>%1: removed from %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten, but the old token could not be revoked</source>
        <translation>
            <numerusform>%1: replaced, %n reference rewritten, but the old token could not be revoked</numerusform>
            <numerusform>%1: replaced, %n references rewritten, but the old token could not be revoked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: replaced, %n reference(s) rewritten; the old token is revoked once you confirm</source>
        <translation>
            <numerusform>%1: replaced, %n reference rewritten; the old token is revoked once you confirm</numerusform>
            <numerusform>%1: replaced, %n references rewritten; the old token is revoked once you confirm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PackagesPage</name>
    <message numerus="yes">
        <source>Showing %L1 of %Ln row(s)</source>
        <translation>
            <numerusform>Showing %L1 of %Ln row(s)</numerusform>
            <numerusform>Showing %L1 of %Ln row(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln chosen</numerusform>
            <numerusform>%Ln chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PlanRunner</name>
    <message numerus="yes">
        <source>The registry had created it anyway; %n such token(s) were revoked.</source>
        <translation>
            <numerusform>The registry had created it anyway; %n such token was revoked.</numerusform>
            <numerusform>The registry had created it anyway; %n such tokens were revoked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PracticeRegistry</name>
    <message numerus="yes">
        <source>The practice registry did not start within %n second(s).</source>
        <translation>
            <numerusform>The practice registry did not start within %n second.</numerusform>
            <numerusform>The practice registry did not start within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::PublishingTab</name>
    <message numerus="yes">
        <source>%n package(s) surveyed; none is known to be at risk in January 2027.</source>
        <translation>
            <numerusform>%n package surveyed; none is known to be at risk in January 2027.</numerusform>
            <numerusform>%n packages surveyed; none is known to be at risk in January 2027.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) stop publishing in January 2027 unless they move to trusted publishing or a stage-only token; npm has not announced the exact day.</source>
        <translation>
            <numerusform>%n package stop publishing in January 2027 unless they move to trusted publishing or a stage-only token; npm has not announced the exact day.</numerusform>
            <numerusform>%n packages stop publishing in January 2027 unless they move to trusted publishing or a stage-only token; npm has not announced the exact day.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::RegistryClient</name>
    <message numerus="yes">
        <source>Wait %n second(s) and try again.</source>
        <translation>
            <numerusform>Wait %n second and try again.</numerusform>
            <numerusform>Wait %n seconds and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ReleaseChecksPresenter</name>
    <message numerus="yes">
        <source>(%n more package(s) not checked)</source>
        <translation>
            <numerusform>(%n more package not checked)</numerusform>
            <numerusform>(%n more packages not checked)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ReleaseDiffHtml</name>
    <message numerus="yes">
        <source>%n file(s) differ</source>
        <translation>
            <numerusform>%n file differs</numerusform>
            <numerusform>%n files differ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ReleasesPresenter</name>
    <message numerus="yes">
        <source>%n open alarm(s): answer with &quot;It was me&quot; or &quot;Respond&quot;.</source>
        <translation>
            <numerusform>%n open alarm: answer with &quot;It was me&quot; or &quot;Respond&quot;.</numerusform>
            <numerusform>%n open alarms: answer with &quot;It was me&quot; or &quot;Respond&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Watching %n package(s).</source>
        <translation>
            <numerusform>Watching %n package.</numerusform>
            <numerusform>Watching %n packages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n private package(s) go unwatched: store a read token for them.</source>
        <translation>
            <numerusform>%n private package go unwatched: store a read token for them.</numerusform>
            <numerusform>%n private packages go unwatched: store a read token for them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ResultPage</name>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n second(s).</source>
        <translation>
            <numerusform>Copied. The clipboard is cleared in %n second.</numerusform>
            <numerusform>Copied. The clipboard is cleared in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::RevokeFlow</name>
    <message numerus="yes">
        <source>Also remove the %n line(s) that use it on this computer (backed up first)</source>
        <translation>
            <numerusform>Also remove the %n line that use it on this computer (backed up first)</numerusform>
            <numerusform>Also remove the %n lines that use it on this computer (backed up first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) that used it removed; backups in %1.</source>
        <translation>
            <numerusform>%n line that used it removed; backups in %1.</numerusform>
            <numerusform>%n lines that used it removed; backups in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::ScopeSummary</name>
    <message numerus="yes">
        <source>%n package(s)</source>
        <translation>
            <numerusform>%n package</numerusform>
            <numerusform>%n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scope(s)</source>
        <translation>
            <numerusform>%n scope</numerusform>
            <numerusform>%n scopes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n org(s)</source>
        <translation>
            <numerusform>%n org</numerusform>
            <numerusform>%n orgs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::SessionExpiryNotice</name>
    <message numerus="yes">
        <source>Your npm session for %1 ends in %n minute(s). Sign in again to keep working.</source>
        <translation>
            <numerusform>Your npm session for %1 ends in %n minute. Sign in again to keep working.</numerusform>
            <numerusform>Your npm session for %1 ends in %n minutes. Sign in again to keep working.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::StagePresenter</name>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval.</source>
        <translation>
            <numerusform>%n staged release waits for your approval.</numerusform>
            <numerusform>%n staged releases wait for your approval.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approving %1 of %n…</source>
        <translation>
            <numerusform>Approving %1 of %n…</numerusform>
            <numerusform>Approving %1 of %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rejecting %1 of %n…</source>
        <translation>
            <numerusform>Rejecting %1 of %n…</numerusform>
            <numerusform>Rejecting %1 of %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Approve %n staged version(s)?</source>
        <translation>
            <numerusform>Approve %n staged version?</numerusform>
            <numerusform>Approve %n staged versions?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Approve %n</source>
        <translation>
            <numerusform>&amp;Approve %n</numerusform>
            <numerusform>&amp;Approve %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::StagedReleasesTab</name>
    <message numerus="yes">
        <source>%1 of %n approved</source>
        <translation>
            <numerusform>%1 of %n approved</numerusform>
            <numerusform>%1 of %n approved</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TimelineView</name>
    <message numerus="yes">
        <source>%n d</source>
        <comment>a notice threshold on the timeline: days from today</comment>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenActions</name>
    <message numerus="yes">
        <source>&apos;%1&apos; copied; the clipboard is cleared in %n s.</source>
        <translation>
            <numerusform>&apos;%1&apos; copied; the clipboard is cleared in %n s.</numerusform>
            <numerusform>&apos;%1&apos; copied; the clipboard is cleared in %n s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenDraft</name>
    <message numerus="yes">
        <source>Read-only for %n days: it can install your private packages but never publish, and read-only tokens need no 2FA. Read-only tokens have no maximum life; TokenDesk reminds you before it expires.</source>
        <translation>
            <numerusform>Read-only for %n day: it can install your private packages but never publish, and read-only tokens need no 2FA. Read-only tokens have no maximum life; TokenDesk reminds you before it expires.</numerusform>
            <numerusform>Read-only for %n days: it can install your private packages but never publish, and read-only tokens need no 2FA. Read-only tokens have no maximum life; TokenDesk reminds you before it expires.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write for %n days, npm&apos;s default. It does not bypass 2FA: you confirm each publish yourself, so a stolen copy cannot publish alone.</source>
        <translation>
            <numerusform>Read and write for %n day, npm&apos;s default. It does not bypass 2FA: you confirm each publish yourself, so a stolen copy cannot publish alone.</numerusform>
            <numerusform>Read and write for %n days, npm&apos;s default. It does not bypass 2FA: you confirm each publish yourself, so a stolen copy cannot publish alone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Choose every setting yourself, starting from npm&apos;s defaults: read-only, %n days.</source>
        <translation>
            <numerusform>Choose every setting yourself, starting from npm&apos;s defaults: read-only, %n day.</numerusform>
            <numerusform>Choose every setting yourself, starting from npm&apos;s defaults: read-only, %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can publish all %n package(s), and new packages too.</source>
        <translation>
            <numerusform>Can publish your %n package, and new packages too.</numerusform>
            <numerusform>Can publish all %n packages, and new packages too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Can stage releases of all %n package(s), and of new packages too.</source>
        <translation>
            <numerusform>Can stage releases of your %n package, and of new packages too.</numerusform>
            <numerusform>Can stage releases of all %n packages, and of new packages too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expires in %n day(s): you will be reminded.</source>
        <translation>
            <numerusform>Expires in %n day: you will be reminded.</numerusform>
            <numerusform>Expires in %n days: you will be reminded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read and write (stage only) for %n days: CI stages each release without 2FA, and you approve it with 2FA before it goes live. This keeps working after npm ends direct publishing with tokens in January 2027, and the longest allowed life means fewer rotations (TokenDesk reminds you before it expires). Better still, use trusted publishing: CI then needs no token at all.</source>
        <translation>
            <numerusform>Read and write (stage only) for %n day: CI stages each release without 2FA, and you approve it with 2FA before it goes live. This keeps working after npm ends direct publishing with tokens in January 2027, and the longest allowed life means fewer rotations (TokenDesk reminds you before it expires). Better still, use trusted publishing: CI then needs no token at all.</numerusform>
            <numerusform>Read and write (stage only) for %n days: CI stages each release without 2FA, and you approve it with 2FA before it goes live. This keeps working after npm ends direct publishing with tokens in January 2027, and the longest allowed life means fewer rotations (TokenDesk reminds you before it expires). Better still, use trusted publishing: CI then needs no token at all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenExpiryDialog</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TokenPolicy</name>
    <message numerus="yes">
        <source>Invalid expiration value. Read-write tokens can only be valid for up to %n day(s).</source>
        <translation>
            <numerusform>Invalid expiration value. Read-write tokens can only be valid for up to %n day.</numerusform>
            <numerusform>Invalid expiration value. Read-write tokens can only be valid for up to %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A token must be valid for at least %n day(s).</source>
        <translation>
            <numerusform>A token must be valid for at least %n day.</numerusform>
            <numerusform>A token must be valid for at least %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TrayController</name>
    <message numerus="yes">
        <source>%n staged release(s) wait(s) for your approval</source>
        <translation>
            <numerusform>%n staged release waits for your approval</numerusform>
            <numerusform>%n staged releases wait for your approval</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TrustDonePage</name>
    <message numerus="yes">
        <source>Lock down %n package(s)?</source>
        <translation>
            <numerusform>Lock down %n package?</numerusform>
            <numerusform>Lock down %n packages?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TrustPackagesPage</name>
    <message numerus="yes">
        <source>Published; %n trusted publisher(s) configured</source>
        <translation>
            <numerusform>Published; %n trusted publisher configured</numerusform>
            <numerusform>Published; %n trusted publishers configured</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TrustService</name>
    <message numerus="yes">
        <source>Trying again in %n second(s).</source>
        <translation>
            <numerusform>Trying again in %n second.</numerusform>
            <numerusform>Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::TrustVerifier</name>
    <message numerus="yes">
        <source>%1: %n field(s) differ from the repository.</source>
        <translation>
            <numerusform>%1: %n field differs from the repository.</numerusform>
            <numerusform>%1: %n fields differ from the repository.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::WatchSettingsPresenter</name>
    <message numerus="yes">
        <source>%n package(s) watched.</source>
        <translation>
            <numerusform>%n package watched.</numerusform>
            <numerusform>%n packages watched.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Planned: %n request(s) per hour.</source>
        <translation>
            <numerusform>Planned: %n request per hour.</numerusform>
            <numerusform>Planned: %n requests per hour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last hour: %n request(s), %1 received.</source>
        <translation>
            <numerusform>Last hour: %n request, %1 received.</numerusform>
            <numerusform>Last hour: %n requests, %1 received.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The watch never reads a package more often than every %n minute(s) (the registry&apos;s cache time): it will use %n.</source>
        <translation>
            <numerusform>The watch never reads a package more often than every %n minute (the registry&apos;s cache time): it will use %n.</numerusform>
            <numerusform>The watch never reads a package more often than every %n minutes (the registry&apos;s cache time): it will use %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::WebAuthPoller</name>
    <message numerus="yes">
        <source>The approval in the browser did not arrive within %n minute(s).</source>
        <translation>
            <numerusform>The approval in the browser did not arrive within %n minute.</numerusform>
            <numerusform>The approval in the browser did not arrive within %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::WorkflowWriter</name>
    <message numerus="yes">
        <source>Changed npm publish to npm stage publish on %n line(s) (%1): releases wait for a maintainer&apos;s approval with two-factor authentication.</source>
        <translation>
            <numerusform>Changed npm publish to npm stage publish on %n line (%1): releases wait for a maintainer&apos;s approval with two-factor authentication.</numerusform>
            <numerusform>Changed npm publish to npm stage publish on %n lines (%1): releases wait for a maintainer&apos;s approval with two-factor authentication.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::DoctorCommand</name>
    <message numerus="yes">
        <source>%n token(s) in use need attention (classic, dead or expiring soon). Run &apos;tokendesk-cli migrate&apos; to see the plan.</source>
        <translation>
            <numerusform>%n token in use needs attention (classic, dead or expiring soon). Run &apos;tokendesk-cli migrate&apos; to see the plan.</numerusform>
            <numerusform>%n tokens in use need attention (classic, dead or expiring soon). Run &apos;tokendesk-cli migrate&apos; to see the plan.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::Publishing</name>
    <message numerus="yes">
        <source>%n package(s) at risk in January 2027 (no exact day is announced).</source>
        <translation>
            <numerusform>%n package at risk in January 2027 (no exact day is announced).</numerusform>
            <numerusform>%n packages at risk in January 2027 (no exact day is announced).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRevokeCommand</name>
    <message numerus="yes">
        <source>Removed %n token(s)</source>
        <translation>
            <numerusform>Removed %n token</numerusform>
            <numerusform>Removed %n tokens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::TokenRotateCommand</name>
    <message numerus="yes">
        <source>Rotating &quot;%1&quot; (%2): %n reference(s) to update.</source>
        <translation>
            <numerusform>Rotating &quot;%1&quot; (%2): %n reference to update.</numerusform>
            <numerusform>Rotating &quot;%1&quot; (%2): %n references to update.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::TrustCommand</name>
    <message numerus="yes">
        <source>%n package(s) need attention</source>
        <translation>
            <numerusform>%n package needs attention</numerusform>
            <numerusform>%n packages need attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not on the registry: %1</source>
        <translation>
            <numerusform>%n package not on the registry: %1</numerusform>
            <numerusform>%n packages not on the registry: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n package(s) not configured: %1</source>
        <translation>
            <numerusform>%n package not configured: %1</numerusform>
            <numerusform>%n packages not configured: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n trusted publisher(s) on npm, each compared with the workflow it names.</source>
        <translation>
            <numerusform>%1: %n trusted publisher on npm, each compared with the workflow it names.</numerusform>
            <numerusform>%1: %n trusted publishers on npm, each compared with the workflow it names.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing written; run again with --apply to write %n file(s).</source>
        <translation>
            <numerusform>Nothing written; run again with --apply to write %n file.</numerusform>
            <numerusform>Nothing written; run again with --apply to write %n files.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::cli::WatchCommand</name>
    <message numerus="yes">
        <source>%n package(s) watched</source>
        <translation>
            <numerusform>%n package watched</numerusform>
            <numerusform>%n packages watched</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open alarm(s)</source>
        <translation>
            <numerusform>%n open alarm</numerusform>
            <numerusform>%n open alarms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1@%2: marked as yours; %n open alarm(s) left.</source>
        <translation>
            <numerusform>%1@%2: marked as yours; %n open alarm left.</numerusform>
            <numerusform>%1@%2: marked as yours; %n open alarms left.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::provenance::PublishPolicy</name>
    <message numerus="yes">
        <source>Built the same way as the %n earlier release(s) with provenance.</source>
        <translation>
            <numerusform>Built the same way as the %n earlier release with provenance.</numerusform>
            <numerusform>Built the same way as the %n earlier releases with provenance.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::watch::ReleaseSignals</name>
    <message numerus="yes">
        <source>The first release in %n day(s): the one before, %1, was published on %2.</source>
        <translation>
            <numerusform>The first release in %n day: the one before, %1, was published on %2.</numerusform>
            <numerusform>The first release in %n days: the one before, %1, was published on %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>td::watch::WatchVerdict</name>
    <message numerus="yes">
        <source>%n package(s) of this account were published within %1 minutes (%2 to %3): %4.</source>
        <translation>
            <numerusform>%n package of this account were published within %1 minutes (%2 to %3): %4.</numerusform>
            <numerusform>%n packages of this account were published within %1 minutes (%2 to %3): %4.</numerusform>
        </translation>
    </message>
</context>
</TS>
